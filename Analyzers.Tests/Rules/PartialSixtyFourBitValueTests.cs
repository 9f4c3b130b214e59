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

    [Theory]
    [InlineData("(uint)(modlist[i].Paddr >> 32), (uint)modlist[i].Paddr")]
    [InlineData("(uint)(barSize[i] >> 32), (uint)barSize[i]")]
    [InlineData("(uint)(barSize[2] >> 32), (uint)barSize[2]")]
    [InlineData("(uint)(window.Base >> 32), (uint)window.Base")]
    [InlineData("(uint)(bridge.Prefetch.Base >> 32), (uint)bridge.Prefetch.Base")]
    [InlineData("(uint)(bridge.Prefetch.Limit >> 32), (uint)bridge.Prefetch.Limit")]
    [InlineData("(uint)(size >>> 32), (uint)size")]
    [InlineData("(uint)(size / 0x100000000), (uint)(size % 0x100000000)")]
    public async Task HalvesOfOneElementMemberOrPropertyAreNotFlagged(string arguments)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            struct Module { public ulong Paddr; }
            struct Window { public ulong Base; }
            class Range { public ulong Base { get; set; } public ulong Limit; }
            class Bridge { public Range Prefetch { get; } = new(); }
            class C
            {
                void M(Module[] modlist, ulong[] barSize, int i, Window window, Bridge bridge, ulong size) =>
                    Log.Printf("%x%08x\n", {{arguments}});
            }
            """);
    }

    [Theory]
    [InlineData("(uint)(barSize[i] >> 32), {|FG0101:(uint)barSize[j]|}")]
        [InlineData("(uint)(barSize[Next()] >> 32), {|FG0101:(uint)barSize[Next()]|}")]
    [InlineData("(uint)(window.Base >> 32), {|FG0101:(uint)other.Base|}")]
    [InlineData("(uint)(other.Base / 0x100000000), {|FG0101:(uint)(size % 0x100000000)|}")]
    public async Task HalvesOfDifferentElementsOrMembersAreFlagged(string arguments)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            struct Window { public ulong Base; }
            class C
            {
                int Next() => 0;
                void M(ulong[] barSize, int i, int j, Window window, Window other, ulong size) =>
                    Log.Printf("%x%08x\n", {{arguments}});
            }
            """);
    }

    [Theory]
    [InlineData("(uint)(gpa >> 40)")]
    [InlineData("(uint)(gpa >>> 48)")]
    [InlineData("(uint)(gpa >> 32)")]
    public async Task AnUpperPartAloneLosesNothing(string argument)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M(ulong gpa) => Log.Printf("%x\n", {{argument}});
            }
            """);
    }

    [Fact]
    public async Task TheSplitTheSixtyFourBitFixWritesForAFieldReadIsBothHalves()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class Bar { public ulong Size; public ulong Base { get; set; } }
            class C
            {
                void M(Bar bar) => Log.Printf("size %x%08x base %x%08x\n",
                    (uint)(bar.Size >> 32), (uint)bar.Size, (uint)(bar.Base >> 32), (uint)bar.Base);
            }
            """);
    }

    [Fact]
    public async Task AnIndexWrittenBetweenTheHalvesNamesAnotherElement()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(ulong[] barSize, int i) =>
                    Log.Printf("%x %x%08x\n", (uint)(barSize[i] >> 32), i++, {|FG0101:(uint)barSize[i]|});
            }
            """);
    }
}
