using System.Threading.Tasks;
using Xunit;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer>;

namespace FirmwareGuard.Tests.Rules;

public class PartialSixtyFourBitValueTests
{
    [Fact]
    public async Task LowerHalfAloneIsFlaggedWithTheMessageAndTheDirective()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class Pci
            {
                void Report(uint devfn, uint barReg, uint barSize, ulong barBase)
                {
                    Log.Printf("dev %x bar %02x size %x at {|#1:%08x|}\n", devfn, barReg, barSize, {|#0:(uint)barBase|});
                }
            }
            """,
            VerifyFG.Diagnostic("FG0101").WithLocation(0).WithLocation(1)
                .WithArguments("`(uint)barBase`", "`barBase`"));
    }

    [Theory]
    [InlineData("checked((uint)v)")]
    [InlineData("checked((int)v)")]
    [InlineData("(uint)Fits")]
    public async Task CheckedNarrowingAndConstantsThatFitAreNotFlagged(string argument)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                const long Fits = 5;
                void M(ulong v) => Log.Printf("%u\n", {{argument}});
            }
            """);
    }

    [Theory]
    [InlineData("(uint)(v >> 32), (uint)v")]
    [InlineData("(uint)v, (uint)(v >> 32)")]
    [InlineData("(int)(v >> 32), unchecked((int)v)")]
    [InlineData("(uint)((v >> 32) & 0xFFFFFFFF), (uint)(v & 0xFFFFFFFF)")]
    public async Task BothHalvesInAnyOrderAreNotFlagged(string arguments)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M(ulong v) => Log.Printf("%x%08x\n", {{arguments}});
            }
            """);
    }

    [Fact]
    public async Task XensPrillxArgumentIsBothHalvesOfOneValue()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class HvmInfo { public uint LowMemPgend; }
            class C
            {
                const int PageShift = 12;
                void M(HvmInfo info) =>
                    Log.Printf("to %x%08x\n", (uint)(((ulong)info.LowMemPgend << PageShift) >> 32), (uint)((ulong)info.LowMemPgend << PageShift));
            }
            """);
    }

    [Fact]
    public async Task HalvesOfTwoDifferentValuesAreFlagged()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(ulong start, ulong end) =>
                    Log.Printf("%x%08x\n", (uint)(end >> 32), {|FG0101:(uint)start|});
            }
            """);
    }

    [Fact]
    public async Task AValueWithSideEffectsIsNeverTheSameValueTwice()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                ulong Read() => 0;
                void M() => Log.Printf("%x%08x\n", (uint)(Read() >> 32), {|FG0101:(uint)Read()|});
            }
            """);
    }

    [Theory]
    [InlineData("(uint)(size & 0xFFF)")]
    [InlineData("(uint)(size & 0xFFFF0000)")]
    [InlineData("(uint)small")]
    [InlineData("(ushort)size")]
    public async Task MasksThatAreNotTheLowWordAndNarrowValuesAreNotFlagged(string argument)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M(ulong size, uint small) => Log.Printf("%x\n", {{argument}});
            }
            """);
    }

    [Fact]
    public async Task AShiftedValueCanStillNeedItsUpperHalf()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(ulong address) => Log.Printf("pfn %x\n", {|FG0101:(uint)(address >> 12)|});
            }
            """);
    }

    [Fact]
    public async Task AThirtyTwoBitValueWidenedOnTheWayIsNotFlagged()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(int i, uint u) => Log.Printf("%08x %08x\n", (uint)(i & 0xFFFFFFFF), (uint)(ulong)u);
            }
            """);
    }
}
