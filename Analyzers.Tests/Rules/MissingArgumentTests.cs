using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using AnalyzerTest = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>.Test;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer>;

namespace FirmwareGuard.Tests.Rules;

/// <summary>FG0003: fewer arguments than directives.</summary>
public class MissingArgumentTests
{
    [Fact]
    public async Task TheLastDirectiveReadsPastTheArguments()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(uint bus) => Log.Printf("pci dev %02x:{|#0:%x|}\n", bus);
            }
            """,
            VerifyFG.Diagnostic("FG0003").WithLocation(0)
                .WithArguments("`%x`", "2 arguments", "1", "hvmloader", "reads whatever lies past the last argument"));
    }

    [Fact]
    public async Task AStringDirectiveDereferencesIt()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M() => Log.Printf("loading {|#0:%s|}\n");
            }
            """,
            VerifyFG.Diagnostic("FG0003").WithLocation(0)
                .WithArguments("`%s`", "1 argument", "0", "hvmloader", "dereferences whatever lies past the last argument as a string pointer"));
    }

    [Fact]
    public async Task AfterASixtyFourBitArgumentTheMissingDirectiveReadsItsUpperHalf()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(ulong size) => Log.Printf("{|#2:%x|} {|#0:%x|}\n", {|#1:size|});
            }
            """,
            VerifyFG.Diagnostic("FG0001").WithLocation(1).WithLocation(2)
                .WithArguments("`size`", "ulong", "takes two 32-bit slots", "hvmloader", "`%x` prints only its lower half, `%x` prints the upper half of `size`"),
            VerifyFG.Diagnostic("FG0003").WithLocation(0)
                .WithArguments("`%x`", "2 arguments", "1", "hvmloader", "prints the upper half of `size`"));
    }

    [Fact]
    public async Task AfterAnUnsupportedDirectiveTheMissingDirectivePrintsTheOtherArgument()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(uint pages) => Log.Printf("{|FG0002:%zu|} pages at {|#0:%x|}\n", pages);
            }
            """,
            VerifyFG.Diagnostic("FG0003").WithLocation(0)
                .WithArguments("`%x`", "2 arguments", "1", "hvmloader", "prints `pages`"));
    }

    [Fact]
    public async Task AnUnsupportedDirectiveWithoutArgumentLacksNothing()
    {
        // The printer reads no slot for it, so only FG0002 says what it prints.
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M() => Log.Printf("{|FG0002:%llx|}\n");
            }
            """);
    }

    [Fact]
    public async Task AStrayPercentLacksNothing()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M()
                {
                    Log.Printf("done 100{|FG0002:%\n|}");
                    Log.Printf("a{|FG0002:%zb|}\n");
                }
            }
            """);
    }

    [Fact]
    public async Task AStarWidthTheCallPassesTooFewForIsLeftOver()
    {
        // C would read `value` as the width and a second argument as the value; hvmloader reads neither.
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(uint value) => Log.Printf("{|FG0002:%*x|}\n", {|#0:value|});
            }
            """,
            VerifyFG.Diagnostic("FG0004").WithLocation(0)
                .WithArguments("`value`", "2 arguments", "1", "hvmloader", "never reads it, because it reads nothing for `%*x`"));
    }

    [Fact]
    public async Task ANullAfterTheFormatIsTheArgumentArrayItself()
    {
        // C# binds a lone null to the params array (normal form), so no argument is passed at all.
        await VerifyFG.Analyzer("""
            #nullable disable
            using Demo;
            class C
            {
                void M() => Log.Printf("name {|#0:%s|}\n", null);
            }
            """,
            VerifyFG.Diagnostic("FG0003").WithLocation(0)
                .WithArguments("`%s`", "1 argument", "0", "hvmloader", "dereferences whatever lies past the last argument as a string pointer"));
    }

    [Theory]
    [InlineData("""Log.Printf("{|#0:%d|}\n")""")]
    [InlineData("""Log.Printf("{|#0:%d|}\n", new object[0])""")]
    [InlineData("""Log.Printf("{|#0:%d|}\n", [])""")]
    [InlineData("""Log.PrintfSpan("{|#0:%d|}\n")""")]
    [InlineData("""Log.PrintfSpan("{|#0:%d|}\n", [])""")]
    [InlineData("""Log.PrintfVar("{|#0:%d|}\n", __arglist())""")]
    public async Task EveryShapeWithNoArguments(string call)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M() => {{call}};
            }
            """,
            VerifyFG.Diagnostic("FG0003").WithLocation(0)
                .WithArguments("`%d`", "1 argument", "0", "hvmloader", "reads whatever lies past the last argument"));
    }

    [Fact]
    public async Task EnoughArgumentsAndPercentSignsAreClean()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(uint used, uint total)
                {
                    Log.Printf("%u of %u used (100%%)\n", used, total);
                    Log.Printf("%%d\n");
                }
            }
            """);
    }

    [Fact]
    public async Task AnExistingArrayIsNotCounted()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(object[] values) => Log.Printf("%x %x %x\n", {|FG0008:values|});
            }
            """);
    }

    [Theory]
    [InlineData("""Log.Printf("%d %s", );""")]
    [InlineData("""Log.Printf("%d %s", x, );""")]
    [InlineData("""Log.Printf(""")]
    [InlineData("""Log.Printf(, x);""")]
    [InlineData("""Log.Printf(format: , args: x);""")]
    [InlineData("""Log.Printf(args: x);""")]
    [InlineData("""Log.PrintfVar("%d %d", __arglist(x, );""")]
    [InlineData("""Log.Printf("%llx %d", x y);""")]
    [InlineData("""Log.Printf("%d", Undefined);""")]
    [InlineData("""Log.Printf(Undefined, x);""")]
    [InlineData("""Log.Nope("%d", x);""")]
    public async Task HalfTypedCallsThatDoNotBindAreLeftToTheCompiler(string statement)
    {
        // An exception in the analyzer would surface as an unexpected AD0001 diagnostic.
        await RunIncompleteAsync(statement);
    }

    [Theory]
    [InlineData("""Log.Printf("%d {|#0:%s|}\n", x""", "`%s`", "2 arguments", "1", "dereferences whatever lies past the last argument as a string pointer")]
    [InlineData("""Log.Printf("%d {|#0:%s|}\n" x);""", "`%s`", "2 arguments", "1", "dereferences whatever lies past the last argument as a string pointer")]
    [InlineData("""Log.Printf("{|#0:%d|}\n""", "`%d`", "1 argument", "0", "reads whatever lies past the last argument")]
    [InlineData("""Log.PrintfSpan("%d {|#0:%d|}\n", [x, );""", "`%d`", "2 arguments", "1", "reads whatever lies past the last argument")]
    public async Task IncompleteCallsThatBindAreChecked(string statement, string directive, string takes, string passes, string effect)
    {
        await RunIncompleteAsync(
            statement,
            VerifyFG.Diagnostic("FG0003").WithLocation(0).WithArguments(directive, takes, passes, "hvmloader", effect));
    }

    private static async Task RunIncompleteAsync(string statement, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest
        {
            TestCode = $$"""
                using Demo;
                class C
                {
                    void M(uint x)
                    {
                        {{statement}}
                    }
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }
}
