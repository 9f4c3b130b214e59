using System.Threading.Tasks;
using Xunit;
using VerifyFix = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer, FirmwareGuard.CodeFixes.NonConstantFormatFix>;

namespace FirmwareGuard.Tests.CodeFixes;

public class NonConstantFormatFixTests
{
    [Fact]
    public async Task PrintsTheDataThroughPercentS()
    {
        await VerifyFix.CodeFix("""
            using Demo;
            class C
            {
                string Name() => "x";
                void M(string message)
                {
                    Log.Printf({|FG0007:message|});
                    Log.PrintfSpan({|FG0007:Name()|});
                    Log.PrintfVar({|FG0007:message + "\n"|}, __arglist());
                }
            }
            """, """
            using Demo;
            class C
            {
                string Name() => "x";
                void M(string message)
                {
                    Log.Printf("%s", message);
                    Log.PrintfSpan("%s", Name());
                    Log.PrintfVar("%s", __arglist(message + "\n"));
                }
            }
            """);
    }

    [Fact]
    public async Task NothingWhenThereAreOtherArguments()
    {
        const string Source = """
            using Demo;
            class C
            {
                void M(string format, uint v) => Log.Printf({|FG0007:format|}, v);
            }
            """;
        await VerifyFix.CodeFix(Source, Source);
    }
}
