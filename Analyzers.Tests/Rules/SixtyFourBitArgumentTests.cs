using System.Threading.Tasks;
using Xunit;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer>;

namespace FirmwareGuard.Tests.Rules;

/// <summary>FG0001: a 64-bit integer where the printer reads 32-bit slots.</summary>
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
                .WithArguments("`%llx`", "hvmloader", "drops '%l', prints the text 'lx' and consumes no argument"),
            VerifyFG.Diagnostic("FG0001").WithLocation(1).WithLocation(0)
                .WithArguments("`barSz`", "ulong", "takes two 32-bit slots", "hvmloader", "`%08x` (`barData`) prints the lower half of `barSz`"));
    }

    [Fact]
    public async Task AStarOnEightByteSlotsReadsTheWholeSlot()
    {
        await VerifyFG.Analyzer("""
            static class Uefi
            {
                [Demo.PrintfShim("edk2-x64")] public static void Print(string format, params object?[] args) { }

                static void M(nuint width, ulong precision, int value, byte[] name)
                {
                    Print("%*d|%-*d|%.*a\n", width, value, width, value, precision, name);
                }
            }
            """);
    }

    [Fact]
    public async Task AStatusOrPointerOnFourByteSlotsPrintsOnlyTheLowerHalfOfA64BitValue()
    {
        await VerifyFG.Analyzer("""
            static class Uefi
            {
                [Demo.PrintfShim("edk2-ia32")] public static void Print(string format, params object?[] args) { }

                static void M(ulong status, nuint address, uint fitting)
                {
                    Print("{|#1:%r|}\n", {|#0:status|});
                    Print("{|#3:%p|}\n", {|#2:address|});
                    Print("%r %p\n", fitting, fitting);
                }
            }
            """,
            VerifyFG.Diagnostic("FG0001").WithLocation(0).WithLocation(1)
                .WithArguments("`status`", "ulong", "takes two 32-bit slots", "edk2-ia32", "`%r` prints only its lower half"),
            VerifyFG.Diagnostic("FG0001").WithLocation(2).WithLocation(3)
                .WithArguments("`address`", "nuint", "takes two 32-bit slots", "edk2-ia32", "`%p` prints only its lower half"));
    }

    [Fact]
    public async Task TheSplitHalvesOfPatch1Of8AreClean()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class Pci
            {
                void Report(uint devfn, uint barReg, ulong barSz, uint barDataUpper, uint barData)
                {
                    Log.Printf("pci dev %02x:%x bar %02x size %x%08x: %x%08x\n",
                        devfn >> 3, devfn & 7, barReg, (uint)(barSz >> 32), (uint)barSz, barDataUpper, barData);
                }
            }
            """);
    }

    [Fact]
    public async Task AnArgumentPrintedByItsOwnDirectiveLosesItsUpperHalf()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(ulong size) => Log.Printf("size {|#1:%x|}\n", {|#0:size|});
            }
            """,
            VerifyFG.Diagnostic("FG0001").WithLocation(0).WithLocation(1)
                .WithArguments("`size`", "ulong", "takes two 32-bit slots", "hvmloader", "`%x` prints only its lower half"));
    }

    [Theory]
    [InlineData("long", "long")]
    [InlineData("ulong", "ulong")]
    [InlineData("nint", "nint")]
    [InlineData("nuint", "nuint")]
    [InlineData("System.IntPtr", "nint")]
    [InlineData("Wide", "enum Wide : long")]
    [InlineData("Huge", "enum Huge : ulong")]
    public async Task EveryTypeThatTakesTwoSlots(string type, string shownAs)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            enum Wide : long { A = -1 }
            enum Huge : ulong { A = 1UL << 40 }
            class C
            {
                void M({{type}} value, uint next) => Log.Printf("{|#1:%x|} %x\n", {|#0:value|}, next);
            }
            """,
            VerifyFG.Diagnostic("FG0001").WithLocation(0).WithLocation(1)
                .WithArguments("`value`", shownAs, "takes two 32-bit slots", "hvmloader", "`%x` prints only its lower half, `%x` (`next`) prints the upper half of `value`"));
    }

    [Theory]
    [InlineData("byte")]
    [InlineData("sbyte")]
    [InlineData("short")]
    [InlineData("ushort")]
    [InlineData("int")]
    [InlineData("uint")]
    [InlineData("char")]
    [InlineData("bool")]
    [InlineData("Narrow")]
    [InlineData("Flags")]
    public async Task TypesThatTakeOneSlotAreNotFlagged(string type)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            enum Narrow : byte { A }
            enum Flags { A }
            class C
            {
                void M({{type}} value, uint next) => Log.Printf("%x %x\n", value, next);
            }
            """);
    }

    [Theory]
    [InlineData("""Log.Printf("{|#1:%x|} %x\n", {|#0:v|}, x)""")]
    [InlineData("""Log.Printf("{|#1:%x|} %x\n", new object[] { {|#0:v|}, x })""")]
    [InlineData("""Log.Printf("{|#1:%x|} %x\n", new object?[] { {|#0:v|}, x })""")]
    [InlineData("""Log.Printf("{|#1:%x|} %x\n", [{|#0:v|}, x])""")]
    [InlineData("""Log.PrintfSpan("{|#1:%x|} %x\n", {|#0:v|}, x)""")]
    [InlineData("""Log.PrintfSpan("{|#1:%x|} %x\n", [{|#0:v|}, x])""")]
    [InlineData("""Log.PrintfVar("{|#1:%x|} %x\n", __arglist({|#0:v|}, x))""")]
    [InlineData("""Log.Printf(format: "{|#1:%x|} %x\n", args: new object[] { {|#0:v|}, x })""")]
    [InlineData("""Log.Printf(args: new object[] { {|#0:v|}, x }, format: "{|#1:%x|} %x\n")""")]
    [InlineData("""Log.PrintfSpan(args: [{|#0:v|}, x], format: "{|#1:%x|} %x\n")""")]
    public async Task EveryVariadicShapeAndArgumentOrder(string call)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M(ulong v, uint x) => {{call}};
            }
            """,
            VerifyFG.Diagnostic("FG0001").WithLocation(0).WithLocation(1)
                .WithArguments("`v`", "ulong", "takes two 32-bit slots", "hvmloader", "`%x` prints only its lower half, `%x` (`x`) prints the upper half of `v`"));
    }

    [Fact]
    public async Task ShimsDeclaredInSourceWithNonNullableAndLeadingParameters()
    {
        await VerifyFG.Analyzer("""
            using System;
            using Demo;
            static class Debug
            {
                [PrintfShim] public static void Out(string format, params object[] args) { }
                [PrintfShim] public static void OutSpan(string format, params ReadOnlySpan<object> args) { }
                [PrintfShim] public static void Level(int level, string format, params object[] args) { }
            }

            class C
            {
                void M(ulong v, uint x)
                {
                    Debug.Out("{|#1:%x|} %x\n", {|#0:v|}, x);
                    Debug.OutSpan("{|#3:%x|} %x\n", {|#2:v|}, x);
                    Debug.Level(1, "{|#5:%x|} %x\n", {|#4:v|}, x);
                }
            }
            """,
            VerifyFG.Diagnostic("FG0001").WithLocation(0).WithLocation(1)
                .WithArguments("`v`", "ulong", "takes two 32-bit slots", "hvmloader", "`%x` prints only its lower half, `%x` (`x`) prints the upper half of `v`"),
            VerifyFG.Diagnostic("FG0001").WithLocation(2).WithLocation(3)
                .WithArguments("`v`", "ulong", "takes two 32-bit slots", "hvmloader", "`%x` prints only its lower half, `%x` (`x`) prints the upper half of `v`"),
            VerifyFG.Diagnostic("FG0001").WithLocation(4).WithLocation(5)
                .WithArguments("`v`", "ulong", "takes two 32-bit slots", "hvmloader", "`%x` prints only its lower half, `%x` (`x`) prints the upper half of `v`"));
    }

    [Fact]
    public async Task TheMessageNamesThreeWrongDirectivesAndCountsTheRest()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(long a, int b, int c, int d, int e) =>
                    Log.Printf("{|#1:%d|} %d %d %d %d\n", {|#0:a|}, b, c, d, e);
            }
            """,
            VerifyFG.Diagnostic("FG0001").WithLocation(0).WithLocation(1)
                .WithArguments("`a`", "long", "takes two 32-bit slots", "hvmloader", "`%d` prints only its lower half, `%d` (`b`) prints the upper half of `a`, `%d` (`c`) prints `b`, and 2 more directives read the wrong slot"));
    }

    [Fact]
    public async Task ALaterStringDirectiveDereferencesTheUpperHalf()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(ulong address, string name) =>
                    Log.Printf("{|#1:%x|} %s\n", {|#0:address|}, name);
            }
            """,
            VerifyFG.Diagnostic("FG0001").WithLocation(0).WithLocation(1)
                .WithArguments("`address`", "ulong", "takes two 32-bit slots", "hvmloader", "`%x` prints only its lower half, `%s` (`name`) reads the upper half of `address` as a string pointer"));
    }

    [Fact]
    public async Task AnUnsupportedDirectiveBeforeItShiftsTheReadsFurther()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(ulong size, uint base_) =>
                    Log.Printf("size {|#1:%lx|}, {|FG0002:%p|}, base %x\n", {|#0:size|}, base_, 0);
            }
            """,
            VerifyFG.Diagnostic("FG0001").WithLocation(0).WithLocation(1)
                .WithArguments("`size`", "ulong", "takes two 32-bit slots", "hvmloader", "`%lx` prints only its lower half, `%x` (`0`) prints the upper half of `size`"));
    }

    [Fact]
    public async Task ASixtyFourBitArgumentAfterEveryDirectiveIsOnlyAnExtraArgument()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(uint x, ulong v) => Log.Printf("%x\n", x, {|FG0004:v|});
            }
            """);
    }

    [Fact]
    public async Task NoDirectiveReadsItsSlotsOrLaterOnes()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(ulong v) => Log.Printf("size {|FG0002:%llx|}\n", v);
            }
            """);
    }

    [Fact]
    public async Task CallsToShimsOfTwoDialectsInOneMethodAreEachReadByTheirOwn()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(ulong v)
                {
                    Log.Dprintf("size %llx\n", v);
                    Log.Printf("size {|FG0002:%llx|}\n", v);
                    Log.Dprintf("size %llx\n", v);
                    Log.Printf("size {|FG0002:%llx|}\n", v);
                }
            }
            """);
    }

    [Fact]
    public async Task SeabiosPrintsAllSixtyFourBitsWithLlx()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(ulong v, long w, uint x)
                {
                    Log.Dprintf("%llx %x %016llx\n", v, x, w);
                    Log.Dprintf("{|#1:%lx|} %x\n", {|#0:v|}, x);
                }
            }
            """,
            VerifyFG.Diagnostic("FG0001").WithLocation(0).WithLocation(1)
                .WithArguments("`v`", "ulong", "takes two 32-bit slots", "seabios", "`%lx` prints only its lower half, `%x` (`x`) prints the upper half of `v`"));
    }

    [Fact]
    public async Task ATwoSlotDirectiveMisalignedByAWideArgumentReadsTwoHalves()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(ulong v, ulong w) => Log.Dprintf("{|#1:%x|} {|#3:%llx|}\n", {|#0:v|}, {|#2:w|});
            }
            """,
            VerifyFG.Diagnostic("FG0001").WithLocation(0).WithLocation(1)
                .WithArguments("`v`", "ulong", "takes two 32-bit slots", "seabios", "`%x` prints only its lower half, `%llx` (`w`) prints the upper half of `v` and the lower half of `w` as one 64-bit number"),
            VerifyFG.Diagnostic("FG0001").WithLocation(2).WithLocation(3)
                .WithArguments("`w`", "ulong", "takes two 32-bit slots", "seabios", "`%llx` (`w`) prints the upper half of `v` and the lower half of `w` as one 64-bit number"));
    }

    [Fact]
    public async Task NestedShimCallsAreCheckedOnTheirOwn()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(ulong v, uint x) =>
                    Log.Printf("%s %x\n", Log.Sprintf("{|#1:%x|} %x\n", {|#0:v|}, x), x);
            }
            """,
            VerifyFG.Diagnostic("FG0001").WithLocation(0).WithLocation(1)
                .WithArguments("`v`", "ulong", "takes two 32-bit slots", "hvmloader", "`%x` prints only its lower half, `%x` (`x`) prints the upper half of `v`"));
    }

    [Fact]
    public async Task WithoutAConstantFormatThereIsNothingToCheck()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(string format, ulong v) => Log.Printf({|FG0007:format|}, v);
            }
            """);
    }

    [Fact]
    public async Task AnExistingArrayCannotBeChecked()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(ulong v) => Log.Printf("%x\n", {|FG0008:new object[] { v }.Clone() as object[]|});
            }
            """);
    }

    [Fact]
    public async Task TheShimsOwnBodyIsNeverFlagged()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                [PrintfShim]
                static void Trace(string format, params object?[] args)
                {
                    Log.Printf("%x %x", 1UL, 2);
                    System.Action later = () => Log.Printf("%x %x", 3UL, 4);
                    Local();
                    void Local() => Log.Printf("%x %x", 5UL, 6);
                }

                void M(ulong v, uint x) => Trace("{|#1:%x|} %x\n", {|#0:v|}, x);
            }
            """,
            VerifyFG.Diagnostic("FG0001").WithLocation(0).WithLocation(1)
                .WithArguments("`v`", "ulong", "takes two 32-bit slots", "hvmloader", "`%x` prints only its lower half, `%x` (`x`) prints the upper half of `v`"));
    }

    [Fact]
    public async Task MethodsBeforeAndAfterAShimBodyAreStillChecked()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void Before(ulong v) => Log.Printf("{|#0:%x|}\n", {|#1:v|});

                [PrintfShim]
                static void Trace(string format, params object?[] args) => Log.Printf("%x\n", 1UL);

                void After(ulong v) => Log.Printf("{|#2:%x|}\n", {|#3:v|});
            }
            """,
            VerifyFG.Diagnostic("FG0001").WithLocation(1).WithLocation(0)
                .WithArguments("`v`", "ulong", "takes two 32-bit slots", "hvmloader", "`%x` prints only its lower half"),
            VerifyFG.Diagnostic("FG0001").WithLocation(3).WithLocation(2)
                .WithArguments("`v`", "ulong", "takes two 32-bit slots", "hvmloader", "`%x` prints only its lower half"));
    }
}
