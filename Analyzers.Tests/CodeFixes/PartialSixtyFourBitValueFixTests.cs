using System.Threading;
using System.Threading.Tasks;
using FirmwareGuard.CodeFixes;
using Xunit;
using VerifyFix = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer, FirmwareGuard.CodeFixes.PartialSixtyFourBitValueFix>;

namespace FirmwareGuard.Tests.CodeFixes;

public class PartialSixtyFourBitValueFixTests
{
    [Fact]
    public async Task PrintsTheUpperHalfOfTheBarBaseLikePatch2()
    {
        await new VerifyFix.Test
        {
            TestCode = """
                using Demo;
                class Pci
                {
                    void Report(uint devfn, uint barReg, uint barSize, ulong barBase)
                    {
                        Log.Printf("pci dev %02x:%x bar %02x size %x: %08x\n", devfn >> 3, devfn & 7, barReg, barSize, {|FG0101:(uint)barBase|});
                    }
                }
                """,
            FixedCode = """
                using Demo;
                class Pci
                {
                    void Report(uint devfn, uint barReg, uint barSize, ulong barBase)
                    {
                        Log.Printf("pci dev %02x:%x bar %02x size %x: %x%08x\n", devfn >> 3, devfn & 7, barReg, barSize, (uint)(barBase >> 32), (uint)barBase);
                    }
                }
                """,
            CodeActionEquivalenceKey = PartialSixtyFourBitValueFix.PrintBothHalvesKey,
            CodeActionVerifier = (action, verifier) => verifier.Equal("Print the upper half of `barBase` too (`%x%08x`)", action.Title),
        }.RunAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("%x", "%x%08x")]
    [InlineData("%lx", "%x%08x")]
    [InlineData("%08x", "%x%08x")]
    [InlineData("%08lx", "%x%08x")]
    [InlineData("%X", "%X%08X")]
    [InlineData("%08X", "%X%08X")]
    [InlineData("%016x", "%08x%08x")]
    [InlineData("%12x", "%4x%08x")]
    public async Task TheLowerHalfIsPaddedToEightDigitsAndTheCaseIsKept(string directive, string halves)
    {
        await VerifyFix.CodeFix(
            "using Demo;\nclass C\n{\n    void M(ulong v) => Log.Printf(\"at " + directive + "\\n\", {|FG0101:(uint)v|});\n}\n",
            "using Demo;\nclass C\n{\n    void M(ulong v) => Log.Printf(\"at " + halves + "\\n\", (uint)(v >> 32), (uint)v);\n}\n");
    }

    [Theory]
    [InlineData("ulong v", "{|FG0101:(int)v|}", "(int)(v >> 32), (int)v")]
    [InlineData("long v", "{|FG0101:(uint)v|}", "(uint)(v >> 32), (uint)v")]
    [InlineData("ulong v", "unchecked({|FG0101:(int)v|})", "unchecked((int)(v >> 32)), unchecked((int)v)")]
    [InlineData("ulong v", "{|FG0101:(uint)(v & 0xFFFFFFFF)|}", "(uint)(v >> 32), (uint)(v & 0xFFFFFFFF)")]
    [InlineData("ulong v", "{|FG0101:(uint)(0xFFFFFFFF & v)|}", "(uint)(v >> 32), (uint)(0xFFFFFFFF & v)")]
    [InlineData("ulong v", "({|FG0101:(uint)v|})", "((uint)(v >> 32)), ((uint)v)")]
    [InlineData("Address v", "{|FG0101:(uint)v|}", "(uint)((ulong)v >> 32), (uint)v")]
    [InlineData("nint v", "{|FG0101:(uint)v|}", "(uint)((long)v >> 32), (uint)v")]
    public async Task TheUpperHalfIsWrittenLikeTheLowerHalf(string parameter, string markedLower, string halves)
    {
        await VerifyFix.CodeFix(
            "using Demo;\nenum Address : ulong { Low }\nclass C\n{\n    void M(" + parameter + ") => Log.Printf(\"at %08x\\n\", " + markedLower + ");\n}\n",
            "using Demo;\nenum Address : ulong { Low }\nclass C\n{\n    void M(" + parameter + ") => Log.Printf(\"at %x%08x\\n\", " + halves + ");\n}\n");
    }

    [Fact]
    public async Task XensShiftedPageNumberGetsItsUpperHalf()
    {
        await VerifyFix.CodeFix("""
            using Demo;
            class HvmInfo { public uint LowMemPgend; }
            class C
            {
                const int PageShift = 12;
                void M(HvmInfo info) =>
                    Log.Printf("low_mem_pgend at %08x\n", {|FG0101:(uint)((ulong)info.LowMemPgend << PageShift)|});
            }
            """, """
            using Demo;
            class HvmInfo { public uint LowMemPgend; }
            class C
            {
                const int PageShift = 12;
                void M(HvmInfo info) =>
                    Log.Printf("low_mem_pgend at %x%08x\n", (uint)(((ulong)info.LowMemPgend << PageShift) >> 32), (uint)((ulong)info.LowMemPgend << PageShift));
            }
            """);
    }

    [Fact]
    public async Task AConstantUpperHalfThatDoesNotFitIsWrittenUnchecked()
    {
        // (uint)(Below >> 32) is -1 as a uint: a compile-time error outside unchecked.
        await VerifyFix.CodeFix("""
            using Demo;
            class C
            {
                const long Below = -4096;
                void M() => Log.Printf("at %08x\n", {|FG0101:(uint)(Below & 0xFFFFFFFF)|});
            }
            """, """
            using Demo;
            class C
            {
                const long Below = -4096;
                void M() => Log.Printf("at %x%08x\n", unchecked((uint)(Below >> 32)), (uint)(Below & 0xFFFFFFFF));
            }
            """);
    }

    [Fact]
    public async Task FixesEveryArgumentListShape()
    {
        await VerifyFix.CodeFix("""
            using System;
            using Demo;
            class C
            {
                void M(ulong v)
                {
                    Log.PrintfSpan("at %08x\n", {|FG0101:(uint)v|});
                    Log.PrintfVar("at %08x\n", __arglist({|FG0101:(uint)v|}));
                    Log.Printf("at %08x\n", new object[] { {|FG0101:(uint)v|} });
                    Log.Dprintf("at %08x\n", {|FG0101:(uint)v|});
                }
            }
            """, """
            using System;
            using Demo;
            class C
            {
                void M(ulong v)
                {
                    Log.PrintfSpan("at %x%08x\n", (uint)(v >> 32), (uint)v);
                    Log.PrintfVar("at %x%08x\n", __arglist((uint)(v >> 32), (uint)v));
                    Log.Printf("at %x%08x\n", new object[] { (uint)(v >> 32), (uint)v });
                    Log.Dprintf("at %x%08x\n", (uint)(v >> 32), (uint)v);
                }
            }
            """);
    }

    [Fact]
    public async Task FixAllFixesSeveralHalvesInOneCall()
    {
        await new VerifyFix.Test
        {
            TestCode = """
                using Demo;
                class Memory
                {
                    void Relocate(uint pages, ulong from, ulong to)
                    {
                        Log.Printf("Relocating 0x%x pages from %08x to %08x\n", pages, {|FG0101:(uint)from|}, {|FG0101:(uint)to|});
                    }
                }
                """,
            FixedCode = """
                using Demo;
                class Memory
                {
                    void Relocate(uint pages, ulong from, ulong to)
                    {
                        Log.Printf("Relocating 0x%x pages from %x%08x to %x%08x\n", pages, (uint)(from >> 32), (uint)from, (uint)(to >> 32), (uint)to);
                    }
                }
                """,
            NumberOfIncrementalIterations = 2,
            NumberOfFixAllIterations = 1,
        }.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task FixAllAcrossTwoDocumentsAndTwoProjects()
    {
        const string First = """
            using Demo;
            class A
            {
                ulong start;
                void M(ulong end)
                {
                    Log.Printf("[%08x-%08x]\n", {|FG0101:(uint)start|}, {|FG0101:(uint)end|});
                }
            }
            """;
        const string FirstFixed = """
            using Demo;
            class A
            {
                ulong start;
                void M(ulong end)
                {
                    Log.Printf("[%x%08x-%x%08x]\n", (uint)(start >> 32), (uint)start, (uint)(end >> 32), (uint)end);
                }
            }
            """;
        const string Second = """
            using Demo;
            class B
            {
                void M(long delta) => Log.Printf("moved by %X\n", {|FG0101:(int)delta|});
            }
            """;
        const string SecondFixed = """
            using Demo;
            class B
            {
                void M(long delta) => Log.Printf("moved by %X%08X\n", (int)(delta >> 32), (int)delta);
            }
            """;
        const string Third = """
            using Demo;
            class D
            {
                static ulong top;
                void M() => Log.Printf("top %lx\n", {|FG0101:(uint)top|});
            }
            """;
        const string ThirdFixed = """
            using Demo;
            class D
            {
                static ulong top;
                void M() => Log.Printf("top %x%08x\n", (uint)(top >> 32), (uint)top);
            }
            """;
        await VerifyFix.FixAllAcrossTwoDocumentsAndTwoProjects(
            PartialSixtyFourBitValueFix.PrintBothHalvesKey,
            (First, FirstFixed),
            (Second, SecondFixed),
            (Third, ThirdFixed),
            incrementalIterations: 4);
    }

    [Theory]
    [InlineData("%u", "(uint)v")]
    [InlineData("%d", "(int)v")]
    [InlineData("%o", "(uint)v")]
    [InlineData("%c", "(uint)v")]
    public async Task NoFixForDirectivesThatCannotPrintHalves(string directive, string lower)
    {
        var source = "using Demo;\nclass C\n{\n    void M(ulong v) => Log.Printf(\"at " + directive + "\\n\", {|FG0101:" + lower + "|});\n}\n";
        await VerifyFix.CodeFix(source, source);
    }

    [Fact]
    public async Task NoFixForAValueThatCannotBeReadTwice()
    {
        const string Source = """
            using Demo;
            class Bar
            {
                ulong Base { get; set; }
                ulong Read() => 0;
                void M()
                {
                    Log.Printf("at %08x\n", {|FG0101:(uint)Read()|});
                    Log.Printf("at %08x\n", {|FG0101:(uint)Base|});
                }
            }
            """;
        await VerifyFix.CodeFix(Source, Source);
    }

    [Fact]
    public async Task NoFixWhereTheDirectiveCannotBeRewritten()
    {
        // A const format from elsewhere; an argument no directive reads; a directive split across a concatenation.
        const string Source = """
            using Demo;
            class C
            {
                const string At = "at %08x\n";
                void M(ulong v)
                {
                    Log.Printf(At, {|FG0101:(uint)v|});
                    Log.Printf("at\n", {|FG0004:{|FG0101:(uint)v|}|});
                    Log.Printf("at %" + "08x\n", {|FG0101:(uint)v|});
                }
            }
            """;
        await VerifyFix.CodeFix(Source, Source);
    }

    [Theory]
    [InlineData("%#x")]
    [InlineData("%-8x")]
    [InlineData("%.8x")]
    public async Task NoFixForADirectiveThePrinterDoesNotPrintFaithfully(string directive)
    {
        var source = "using Demo;\nclass C\n{\n    void M(ulong v) => Log.Printf(\"at {|FG0002:" + directive + "|}\\n\", {|FG0101:(uint)v|});\n}\n";
        await VerifyFix.CodeFix(source, source);
    }
}
