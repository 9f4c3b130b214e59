using System.Threading.Tasks;
using FirmwareGuard.Rules;
using Xunit;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.ShimCallAnalyzer>;

namespace FirmwareGuard.Tests.Rules;

public class SixtyFourBitArgumentTests
{
    [Fact]
    public async Task TheGarbled2013BarLine()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class Pci
            {
                void Report(uint devfn, uint barReg, ulong barSz, uint barData)
                {
                    Log.Printf("pci dev %02x:%x bar %02x size {|#0:%llx|}: %08x\n", devfn >> 3, devfn & 7, barReg, {|#1:barSz|}, barData);
                }
            }
            """,
            VerifyFG.Diagnostic("FG0002").WithLocation(0).WithLocation(1)
                .WithArguments("`%llx`", "hvmloader", "prints the text 'lx' and consumes no argument"),
            VerifyFG.Diagnostic("FG0001").WithLocation(1).WithLocation(0)
                .WithArguments("`barSz`", "ulong", "hvmloader", "`%08x` (`barData`) prints the lower half of `barSz`"));
    }
}
