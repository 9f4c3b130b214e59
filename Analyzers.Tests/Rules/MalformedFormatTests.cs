using System.Threading.Tasks;
using Xunit;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer>;

namespace FirmwareGuard.Tests.Rules;

/// <summary>FG0006: a '%' at the end of the format, or a '%' conversion C does not define.</summary>
public class MalformedFormatTests
{
    [Theory]
    [InlineData("100{|#0:%|}", "`%`")]
    [InlineData("size {|#0:%l|}", "`%l`")]
    [InlineData("size {|#0:%08l|}", "`%08l`")]
    public async Task HvmloaderWalksPastTheEndOfTheFormat(string format, string directive)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M() => Log.Printf({|#1:"{{format}}"|});
            }
            """,
            VerifyFG.Diagnostic("FG0104").WithLocation(1).WithArguments($"`\"{format.Replace("{|#0:", string.Empty).Replace("|}", string.Empty)}\"`", "`M`", "the Xen console"),
            VerifyFG.Diagnostic("FG0006").WithLocation(0).WithArguments(
                directive, "the format ends inside the directive; hvmloader's printf prints a NUL and reads on past the end of the string"));
    }

    [Fact]
    public async Task SeabiosPrintsTheUnfinishedDirective()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M() => Log.Dprintf({|#1:"size {|#0:%ll|}"|});
            }
            """,
            VerifyFG.Diagnostic("FG0104").WithLocation(1).WithArguments("`\"size %ll\"`", "`M`", "the debug port or serial console"),
            VerifyFG.Diagnostic("FG0006").WithLocation(0).WithArguments(
                "`%ll`", "the format ends inside the directive; seabios's printf prints the text '%ll'"));
    }

    [Fact]
    public async Task TheSpanLandsOnATrailingPercentInAVerbatimString()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M() => Log.Printf({|#1:@"C:\""load"" 100{|#0:%|}"|});
            }
            """,
            VerifyFG.Diagnostic("FG0104").WithLocation(1).WithArguments("`@\"C:\\\"\"load\"\" 100%\"`", "`M`", "the Xen console"),
            VerifyFG.Diagnostic("FG0006").WithLocation(0).WithArguments(
                "`%`", "the format ends inside the directive; hvmloader's printf prints a NUL and reads on past the end of the string"));
    }

    [Theory]
    [InlineData("Printf", "%5%", "hvmloader's printf prints '%'")]
    [InlineData("Printf", "%-%", "hvmloader's printf prints '%'")]
    [InlineData("Printf", "%l%", "hvmloader's printf prints '%'")]
    [InlineData("Printf", "%+%", "hvmloader's printf prints the text '+', then the last '%' starts a new directive")]
    [InlineData("Dprintf", "%5%", "seabios's printf prints '%'")]
    [InlineData("Dprintf", "%ll%", "seabios's printf prints '%'")]
    [InlineData("Dprintf", "%-%", "seabios's printf prints the text '%-', then the last '%' starts a new directive")]
    [InlineData("Dprintf", "%.%", "seabios's printf prints nothing, then the last '%' starts a new directive")]
    public async Task APercentConversionWithFlagsWidthOrLength(string shim, string directive, string whatItPrints)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M() => Log.{{shim}}("100{|#0:{{directive}}|}\n");
            }
            """,
            VerifyFG.Diagnostic("FG0006").WithLocation(0).WithArguments(
                $"`{directive}`", "C gives '%' no flags, width or length (only '%%' is a directive); " + whatItPrints));
    }

    [Fact]
    public async Task APercentSignAtTheEndIsFine()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(uint load)
                {
                    Log.Printf({|#0:"load %u%%"|}, load);
                    Log.Dprintf({|#1:"100%%"|});
                }
            }
            """,
            VerifyFG.Diagnostic("FG0104").WithLocation(0).WithArguments("`\"load %u%%\"`", "`M`", "the Xen console"),
            VerifyFG.Diagnostic("FG0104").WithLocation(1).WithArguments("`\"100%%\"`", "`M`", "the debug port or serial console"));
    }
}
