using System.Threading.Tasks;
using Xunit;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer>;

namespace FirmwareGuard.Tests.Rules;

/// <summary>
/// The format rules on EDK2's printer: a 64-bit value shifts later arguments on IA32's 4-byte slots
/// and is cut to its low half on X64's 8-byte slots; <c>%a</c> takes narrow text and <c>%s</c> UTF-16.
/// </summary>
public class Edk2CallTests
{
    [Fact]
    public async Task EverydayEdk2MessagesAreClean()
    {
        await VerifyFG.Analyzer("""
            using System;
            using Demo;
            class Driver
            {
                void M(byte[] name, string label, char[] path, ulong address, uint count, ulong status, uint status32, Guid guid, DateTime time, int width)
                {
                    Log.Debug64("%a: %s at %016lx, %d pages, %r\n", name, label, address, count, status);
                    Log.Debug64("%g %t %c %S %p\n", guid, time, 'x', path, (nuint)address);
                    Log.Debug64("%-10a|%*d|%.*a|%,ld|%08X|100%%\n", name, (nuint)width, count, (nuint)3, name, (long)address, count);
                    Log.Debug32("%a: %s at %016lx, %d pages, %r\n", name, label, address, count, status32);
                    Log.Debug32("%lx|%x|%Lx|%llx\n", address, count, address, address);
                }
            }
            """);
    }

    [Fact]
    public async Task SpansAndPointersReachAnArglistShim()
    {
        await VerifyFG.Analyzer("""
            using System;
            using Demo;
            unsafe class C
            {
                void M(byte* name, char* label, Guid* guid, void* address)
                {
                    Log.DebugVar64("%a %s %g %p\n", __arglist(name, label, guid, address));
                    Log.DebugVar64("%a\n", __arglist("narrow"u8));
                    Log.DebugVar64("{|#1:%s|}\n", __arglist({|#0:name|}));
                }
            }
            """,
            VerifyFG.Diagnostic("FG0005").WithLocation(0).WithLocation(1)
                .WithArguments("`name`", "byte*", "`%s`", "edk2-x64's printf reads the narrow text as UTF-16 and prints every other byte (\"narrow\" prints \"nro\")"));
    }

    [Fact]
    public async Task OnIa32ASixtyFourBitValueShiftsEveryLaterArgument()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(ulong v, uint after) => Log.Debug32("{|#1:%x|}|%x|{|#2:%x|}\n", {|#0:v|}, after);
            }
            """,
            VerifyFG.Diagnostic("FG0001").WithLocation(0).WithLocation(1)
                .WithArguments("`v`", "ulong", "takes two 32-bit slots", "edk2-ia32", "`%x` prints only its lower half, `%x` (`after`) prints the upper half of `v`, `%x` prints `after`"),
            VerifyFG.Diagnostic("FG0003").WithLocation(2).WithArguments("`%x`", "3 arguments", "2", "edk2-ia32", "prints `after`"));
    }

    [Fact]
    public async Task OnX64ASixtyFourBitValueReadBy32BitDirectiveLosesItsUpperHalfWithoutAShift()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(ulong v, long w, uint after)
                {
                    Log.Debug64("{|#1:%x|}|%x\n", {|#0:v|}, after);
                    Log.Debug64("{|#3:%d|}\n", {|#2:w|});
                }
            }
            """,
            VerifyFG.Diagnostic("FG0001").WithLocation(0).WithLocation(1)
                .WithArguments("`v`", "ulong", "fills one 64-bit slot", "edk2-x64", "`%x` prints only its low 32 bits"),
            VerifyFG.Diagnostic("FG0001").WithLocation(2).WithLocation(3)
                .WithArguments("`w`", "long", "fills one 64-bit slot", "edk2-x64", "`%d` prints only its low 32 bits"));
    }

    [Fact]
    public async Task OnX64AStarReadsAUintnSoA32BitWidthLeavesItsUpperHalfUndefined()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(int width, uint count, byte[] name)
                {
                    Log.Debug64("{|#1:%*d|}|{|#3:%.*a|}\n", {|#0:width|}, count, {|#2:3|}, name);
                    Log.Debug32("%*d|%.*a\n", width, count, 3, name);
                }
            }
            """,
            VerifyFG.Diagnostic("FG0005").WithLocation(0).WithLocation(1)
                .WithArguments("`width`", "int", "`%*d`", "edk2-x64's printf reads all 64 bits of its slot, and a 32-bit value leaves the upper half undefined"),
            VerifyFG.Diagnostic("FG0005").WithLocation(2).WithLocation(3)
                .WithArguments("`3`", "int", "`%.*a`", "edk2-x64's printf reads all 64 bits of its slot, and a 32-bit value leaves the upper half undefined"));
    }

    [Fact]
    public async Task ANarrowStringThroughPercentSPrintsEveryOtherByte()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(byte[] name, string label)
                {
                    Log.Debug64("{|#1:%s|}\n", {|#0:name|});
                    Log.Debug32("{|#3:%a|}\n", {|#2:label|});
                }
            }
            """,
            VerifyFG.Diagnostic("FG0005").WithLocation(0).WithLocation(1)
                .WithArguments("`name`", "byte[]", "`%s`", "edk2-x64's printf reads the narrow text as UTF-16 and prints every other byte (\"narrow\" prints \"nro\")"),
            VerifyFG.Diagnostic("FG0005").WithLocation(2).WithLocation(3)
                .WithArguments("`label`", "string", "`%a`", "edk2-ia32's printf reads the UTF-16 text as narrow characters and stops at the first zero byte: ASCII text prints only its first character"));
    }

    [Fact]
    public async Task GuidsTimesStatusesAndCharactersNeedTheirTypes()
    {
        await VerifyFG.Analyzer("""
            using System;
            using Demo;
            class C
            {
                void M(uint number, Guid guid, string text, uint status)
                {
                    Log.Debug64("{|#1:%g|}\n", {|#0:number|});
                    Log.Debug64("{|#3:%t|}\n", {|#2:guid|});
                    Log.Debug64("{|#5:%a|}\n", {|#4:(byte[]?)null|});
                    Log.Debug64("{|#7:%c|}\n", {|#6:text|});
                    Log.Debug64("{|#9:%r|}\n", {|#8:status|});
                    Log.Debug64("{|#11:%lx|}\n", {|#10:number|});
                }
            }
            """,
            VerifyFG.Diagnostic("FG0005").WithLocation(0).WithLocation(1)
                .WithArguments("`number`", "uint", "`%g`", "edk2-x64's printf reads the number as a pointer to a GUID and dereferences it"),
            VerifyFG.Diagnostic("FG0005").WithLocation(2).WithLocation(3)
                .WithArguments("`guid`", "Guid", "`%t`", "edk2-x64's printf reads what the argument points at as a date and time"),
            VerifyFG.Diagnostic("FG0005").WithLocation(4).WithLocation(5)
                .WithArguments("`(byte[]?)null`", "null", "`%a`", "edk2-x64's printf prints '<null string>' for the null pointer"),
            VerifyFG.Diagnostic("FG0005").WithLocation(6).WithLocation(7)
                .WithArguments("`text`", "string", "`%c`", "edk2-x64's printf prints the low byte of the string's address as a character"),
            VerifyFG.Diagnostic("FG0005").WithLocation(8).WithLocation(9)
                .WithArguments("`status`", "uint", "`%r`", "edk2-x64's printf reads all 64 bits of its slot, and a 32-bit value leaves the upper half undefined"),
            VerifyFG.Diagnostic("FG0005").WithLocation(10).WithLocation(11)
                .WithArguments("`number`", "uint", "`%lx`", "edk2-x64's printf reads all 64 bits of its slot, and a 32-bit value leaves the upper half undefined"));
    }

    [Fact]
    public async Task OnIa32AThirtyTwoBitValueForALongDirectiveTakesTheNextArgumentAsItsUpperHalf()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(uint low, uint next) => Log.Debug32("{|#1:%lx|}\n", {|#0:low|}, {|#2:next|});
            }
            """,
            VerifyFG.Diagnostic("FG0005").WithLocation(0).WithLocation(1)
                .WithArguments("`low`", "uint", "`%lx`", "edk2-ia32's printf reads two slots for it, so `next` becomes its upper half"),
            VerifyFG.Diagnostic("FG0004").WithLocation(2).WithArguments("`next`", "1 argument", "2", "edk2-ia32", "reads it for `%lx`"));
    }

    [Fact]
    public async Task AnUnknownLetterPrintsWithoutThePercentAndReadsNothing()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(short s, uint x) => Log.Debug64("{|#0:%hd|}|%x\n", {|#1:s|}, x);
            }
            """,
            VerifyFG.Diagnostic("FG0002").WithLocation(0).WithLocation(1).WithArguments("`%hd`", "edk2-x64", "drops '%', prints the text 'hd' and consumes no argument"));
    }
}
