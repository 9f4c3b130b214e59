using System.Threading.Tasks;
using Xunit;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer>;

namespace FirmwareGuard.Tests.Rules;

/// <summary>FG0005: an argument whose type the directive cannot read.</summary>
public class ArgumentTypeMismatchTests
{
    [Theory]
    [InlineData("number", "int")]
    [InlineData("letter", "char")]
    [InlineData("flag", "bool")]
    [InlineData("kind", "enum Kind : int")]
    public async Task AStringDirectiveDereferencesANumber(string argument, string type)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            enum Kind { A }
            class C
            {
                void M(int number, char letter, bool flag, Kind kind) => Log.Printf("name {|#1:%s|}\n", {|#0:{{argument}}|});
            }
            """,
            VerifyFG.Diagnostic("FG0005").WithLocation(0).WithLocation(1)
                .WithArguments($"`{argument}`", type, "`%s`", "hvmloader's printf reads the number as a string pointer and dereferences it"));
    }

    [Fact]
    public async Task AStringDirectiveGivenA64BitNumberIsAlsoATypeMismatch()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(ulong address) => Log.Printf("{|#1:%s|}\n", {|#0:address|});
            }
            """,
            VerifyFG.Diagnostic("FG0005").WithLocation(0).WithLocation(1)
                .WithArguments("`address`", "ulong", "`%s`", "hvmloader's printf reads the number as a string pointer and dereferences it"));
    }

    [Theory]
    [InlineData("(string?)null")]
    [InlineData("default(string)")]
    public async Task ANullStringFaults(string argument)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M() => Log.Printf("name {|#1:%s|}\n", {|#0:{{argument}}|});
            }
            """,
            VerifyFG.Diagnostic("FG0005").WithLocation(0).WithLocation(1)
                .WithArguments($"`{argument}`", "null", "`%s`", "hvmloader's printf does not check for NULL and faults dereferencing it"));
    }

    [Fact]
    public async Task ANullLiteralAmongSeveralArgumentsIsAnElement()
    {
        await VerifyFG.Analyzer("""
            #nullable disable
            using Demo;
            class C
            {
                void M(uint id) => Log.Printf("%x {|#1:%s|}\n", id, {|#0:null|});
            }
            """,
            VerifyFG.Diagnostic("FG0005").WithLocation(0).WithLocation(1)
                .WithArguments("`null`", "null", "`%s`", "hvmloader's printf does not check for NULL and faults dereferencing it"));
    }

    [Theory]
    [InlineData("%d", "hvmloader's printf prints the string's address as a number")]
    [InlineData("%08x", "hvmloader's printf prints the string's address as a number")]
    [InlineData("%c", "hvmloader's printf prints the low byte of the string's address as a character")]
    public async Task ANumberOrCharacterDirectiveGivenAString(string directive, string problem)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M(string name) => Log.Printf("{|#1:{{directive}}|}\n", {|#0:name|});
            }
            """,
            VerifyFG.Diagnostic("FG0005").WithLocation(0).WithLocation(1)
                .WithArguments("`name`", "string", $"`{directive}`", problem));
    }

    [Theory]
    [InlineData("%x", "hvmloader's printf prints the null pointer as 0")]
    [InlineData("%c", "hvmloader's printf prints a NUL character for the null pointer")]
    public async Task ANumberOrCharacterDirectiveGivenNull(string directive, string problem)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M() => Log.Printf("{|#1:{{directive}}|}\n", {|#0:(string?)null|});
            }
            """,
            VerifyFG.Diagnostic("FG0005").WithLocation(0).WithLocation(1)
                .WithArguments("`(string?)null`", "null", $"`{directive}`", problem));
    }

    [Fact]
    public async Task SeabiosPointerDirectiveGivenAString()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(string name, uint address)
                {
                    Log.Dprintf("%p\n", address);
                    Log.Dprintf("{|#1:%p|}\n", {|#0:name|});
                }
            }
            """,
            VerifyFG.Diagnostic("FG0005").WithLocation(0).WithLocation(1)
                .WithArguments("`name`", "string", "`%p`", "seabios's printf prints the string's address, not its text"));
    }

    [Fact]
    public async Task SeabiosTwoSlotDirectiveGivenAStringOrA32BitNumber()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(string name, uint low) => Log.Dprintf("{|#1:%llx|} {|#3:%llx|}\n", {|#0:name|}, {|#2:low|});
            }
            """,
            VerifyFG.Diagnostic("FG0005").WithLocation(0).WithLocation(1)
                .WithArguments("`name`", "string", "`%llx`", "seabios's printf reads the pointer and `low` as one 64-bit number"),
            VerifyFG.Diagnostic("FG0005").WithLocation(2).WithLocation(3)
                .WithArguments("`low`", "uint", "`%llx`", "seabios's printf reads two slots for it, so whatever lies past the last argument becomes its upper half"));
    }

    [Theory]
    [InlineData("ratio", "double", "%d", "the directive prints the low half of its bits")]
    [InlineData("ratio", "double", "%x", "the directive prints the low half of its bits")]
    [InlineData("scale", "float", "%u", "the directive prints the low half of its bits")]
    [InlineData("ratio", "double", "%s", "the directive dereferences the low half of its bits as a string pointer")]
    public async Task FloatingPointHasNoConversion(string argument, string type, string directive, string whatItDoes)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M(double ratio, float scale) => Log.Printf("{|#1:{{directive}}|}\n", {|#0:{{argument}}|});
            }
            """,
            VerifyFG.Diagnostic("FG0005").WithLocation(0).WithLocation(1)
                .WithArguments($"`{argument}`", type, $"`{directive}`",
                    $"hvmloader's printf has no floating-point conversion; the value fills two 32-bit slots, {whatItDoes} and later directives read one slot late"));
    }

    [Theory]
    [InlineData("boxed", "object")]
    [InlineData("money", "decimal")]
    [InlineData("maybe", "int?")]
    [InlineData("when", "DateTime")]
    [InlineData("(object)5", "object")]
    public async Task TypesWithoutACCounterpart(string argument, string type)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M(object boxed, decimal money, int? maybe, System.DateTime when) => Log.Printf("{|#1:%d|}\n", {|#0:{{argument}}|});
            }
            """,
            VerifyFG.Diagnostic("FG0005").WithLocation(0).WithLocation(1)
                .WithArguments($"`{argument}`", type, "`%d`",
                    "only integers, char, bool, enums and strings have a 32-bit C counterpart, so there is no telling what hvmloader's printf reads"));
    }

    [Fact]
    public async Task ASeabiosTwoSlotDirectiveReadsAllOfADouble()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(double ratio) => Log.Dprintf("{|#1:%llx|}\n", {|#0:ratio|});
            }
            """,
            VerifyFG.Diagnostic("FG0005").WithLocation(0).WithLocation(1)
                .WithArguments("`ratio`", "double", "`%llx`", "seabios's printf has no floating-point conversion; the directive prints the value's raw 64 bits as an integer"));
    }

    [Theory]
    [InlineData("PrintfSpan")]
    [InlineData("PrintfVar")]
    public async Task OtherShapesKeepTheTypeAsWritten(string shim)
    {
        var arguments = shim == "PrintfVar" ? "__arglist({|#0:ratio|})" : "{|#0:ratio|}";
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M(double ratio) => Log.{{shim}}("{|#1:%d|}\n", {{arguments}});
            }
            """,
            VerifyFG.Diagnostic("FG0005").WithLocation(0).WithLocation(1)
                .WithArguments("`ratio`", "double", "`%d`",
                    "hvmloader's printf has no floating-point conversion; the value fills two 32-bit slots, the directive prints the low half of its bits and later directives read one slot late"));
    }

    [Fact]
    public async Task ArgumentsThatFitTheirDirectives()
    {
        await VerifyFG.Analyzer("""
            #nullable enable
            using Demo;
            enum Kind : ushort { A }
            class C
            {
                const string Name = "disk";

                void M(string name, string? maybeName, char letter, int number, bool flag, Kind kind, byte small, uint id)
                {
                    Log.Printf("%s %s %s %c %c %d %d %x %u\n", name, maybeName, Name, letter, number, flag, kind, small, id);
                    Log.Printf("%s\n", Log.Sprintf("%x", id));
                    Log.Printf("%s\n", $"{name}!");
                    Log.Printf("%c%c\n", 'o', 'k');
                }
            }
            """);
    }
}
