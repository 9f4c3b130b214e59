using System.Threading.Tasks;
using FirmwareGuard.CodeFixes;
using FirmwareGuard.Rules;
using Xunit;
using VerifyFix = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.ShimCallAnalyzer, FirmwareGuard.CodeFixes.SixtyFourBitArgumentFix>;

namespace FirmwareGuard.Tests.CodeFixes;

public class SixtyFourBitArgumentFixTests
{
    [Fact]
    public async Task SplitsTheGarbledBarLine()
    {
        await VerifyFix.CodeFix("""
            using Demo;
            class Pci
            {
                void Report(uint devfn, uint barReg, ulong barSz, uint barData)
                {
                    Log.Printf("pci dev %02x:%x bar %02x size {|FG0002:%llx|}: %08x\n", devfn >> 3, devfn & 7, barReg, {|FG0001:barSz|}, barData);
                }
            }
            """, """
            using Demo;
            class Pci
            {
                void Report(uint devfn, uint barReg, ulong barSz, uint barData)
                {
                    Log.Printf("pci dev %02x:%x bar %02x size %x%08x: %08x\n", devfn >> 3, devfn & 7, barReg, (uint)(barSz >> 32), (uint)barSz, barData);
                }
            }
            """);
    }

    [Fact]
    public async Task MovesCallsIntoLocals()
    {
        await VerifyFix.CodeFix("""
            using Demo;
            class C
            {
                uint A() => 1;
                ulong B() => 2;
                uint C1() => 3;
                void M()
                {
                    Log.Printf("%x %x %x\n", A(), {|FG0001:B()|}, C1());
                }
            }
            """, """
            using Demo;
            class C
            {
                uint A() => 1;
                ulong B() => 2;
                uint C1() => 3;
                void M()
                {
                    var a = A();
                    var b = B();
                    Log.Printf("%x %x%08x %x\n", a, (uint)(b >> 32), (uint)b, C1());
                }
            }
            """);
    }
}
