using System.Threading.Tasks;
using Xunit;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer>;

namespace FirmwareGuard.Tests.Rules;

public class WrapperBodyTests
{
    [Fact]
    public async Task AnInferredWrappersOtherMessagesAreChecked()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            static class Clock { public static ulong Ticks => 0; }
            static class Debug
            {
                public static void Trace(string format, params object?[] args)
                {
                    Log.Printf("[{|FG0002:%llu|}] ", Clock.Ticks);
                    Log.Printf(format, args);
                }
            }
            """);
    }

    [Fact]
    public async Task AMarkedShimsWholeBodyIsUnchecked()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            static class Clock { public static ulong Ticks => 0; }
            static class Debug
            {
                [PrintfShim]
                public static void Trace(string format, params object?[] args)
                {
                    Log.Printf("[%llu] ", Clock.Ticks);
                    Log.Printf(format, args);
                }
            }
            """);
    }

    [Fact]
    public async Task ALocalFunctionThatForwardsIsAWrapperAndItsForwardingCallIsExempt()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(ulong size)
                {
                    Trace("size %x\n", {|FG0001:size|});

                    void Trace(string format, params object?[] args) => Log.Printf(format, args);
                }
            }
            """);
    }

    [Fact]
    public async Task AnotherCallInsideAForwardingLocalFunctionIsChecked()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(string name)
                {
                    Trace("name %s\n", name);

                    void Trace(string format, params object?[] args)
                    {
                        Log.Printf({|FG0007:name|});
                        Log.Printf(format, args);
                    }
                }
            }
            """);
    }
}
