using System.Threading.Tasks;
using Xunit;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer>;

namespace FirmwareGuard.Tests.Rules;

/// <summary>FG0004: more arguments than directives.</summary>
public class ExtraArgumentTests
{
    [Fact]
    public async Task AnArgumentWithoutADirectiveIsNeverRead()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(uint bus, uint dev) => Log.Printf("pci dev %02x\n", bus, {|#0:dev|});
            }
            """,
            VerifyFG.Diagnostic("FG0004").WithLocation(0)
                .WithArguments("`dev`", "1 argument", "2", "hvmloader", "never reads it"));
    }

    [Fact]
    public async Task EachExtraArgumentIsReported()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(uint a, ulong b) => Log.Printf("done\n", {|#0:a|}, {|#1:b|});
            }
            """,
            VerifyFG.Diagnostic("FG0004").WithLocation(0).WithArguments("`a`", "0 arguments", "2", "hvmloader", "never reads it"),
            VerifyFG.Diagnostic("FG0004").WithLocation(1).WithArguments("`b`", "0 arguments", "2", "hvmloader", "never reads it"));
    }

    [Fact]
    public async Task APercentSignTakesNoArgument()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(uint percent) => Log.Printf("100%%\n", {|#0:percent|});
            }
            """,
            VerifyFG.Diagnostic("FG0004").WithLocation(0).WithArguments("`percent`", "0 arguments", "1", "hvmloader", "never reads it"));
    }

    [Fact]
    public async Task ASeabiosLlxGivenA32BitValueReadsTheNextArgumentToo()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(uint low, uint next) => Log.Dprintf("{|#1:%llx|}\n", {|#0:low|}, {|#2:next|});
            }
            """,
            VerifyFG.Diagnostic("FG0005").WithLocation(0).WithLocation(1)
                .WithArguments("`low`", "uint", "`%llx`", "seabios's printf reads two slots for it, so `next` becomes its upper half"),
            VerifyFG.Diagnostic("FG0004").WithLocation(2).WithArguments("`next`", "1 argument", "2", "seabios", "reads it for `%llx`"));
    }

    [Theory]
    [InlineData("""Log.Printf("%x\n", x, {|#0:y|})""")]
    [InlineData("""Log.Printf("%x\n", new object[] { x, {|#0:y|} })""")]
    [InlineData("""Log.Printf(args: [x, {|#0:y|}], format: "%x\n")""")]
    [InlineData("""Log.PrintfSpan("%x\n", x, {|#0:y|})""")]
    [InlineData("""Log.PrintfVar("%x\n", __arglist(x, {|#0:y|}))""")]
    public async Task EveryShape(string call)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M(uint x, uint y) => {{call}};
            }
            """,
            VerifyFG.Diagnostic("FG0004").WithLocation(0).WithArguments("`y`", "1 argument", "2", "hvmloader", "never reads it"));
    }

    [Fact]
    public async Task MatchingCountsAreClean()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(uint x, string s)
                {
                    Log.Printf("plain text\n");
                    Log.Printf("%x %s\n", x, s);
                    Log.Printf("%s\n", Log.Sprintf("%x", x));
                }
            }
            """);
    }
}
