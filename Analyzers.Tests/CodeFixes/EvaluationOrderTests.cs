using System.Threading.Tasks;
using Xunit;
using VerifyExtra = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer, FirmwareGuard.CodeFixes.ExtraArgumentFix>;
using VerifySplit = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer, FirmwareGuard.CodeFixes.SixtyFourBitArgumentFix>;
using VerifyUnsupported = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer, FirmwareGuard.CodeFixes.UnsupportedDirectiveFix>;

namespace FirmwareGuard.Tests.CodeFixes;

/// <summary>
/// What the fixes that move arguments ahead of a call (FG0001, FG0002, FG0004) keep: every argument
/// evaluated once, in its order, seeing the values it saw; plain reads left where they are when
/// nothing after them moves; declarations split where a hoisted argument reads a name declared
/// earlier in the same statement.
/// </summary>
public class EvaluationOrderTests
{
    [Fact]
    public async Task AnEarlierLocalThatALaterIncrementWritesIsHoistedFirst()
    {
        await VerifyUnsupported.CodeFix("""
            using Demo;
            class C
            {
                void M(ulong[] t)
                {
                    int i = 0;
                    Log.Printf("entry %u: {|FG0002:%llx|}\n", i, t[i++]);
                }
            }
            """, """
            using Demo;
            class C
            {
                void M(ulong[] t)
                {
                    int i = 0;
                    var i2 = i;
                    var tItem = t[i++];
                    Log.Printf("entry %u: %x%08x\n", i2, (uint)(tItem >> 32), (uint)tItem);
                }
            }
            """);
    }

    [Fact]
    public async Task AnEarlierLocalThatALocalFunctionCapturesIsHoistedFirst()
    {
        await VerifyUnsupported.CodeFix("""
            using Demo;
            class C
            {
                void M()
                {
                    uint count = 7;
                    ulong Next() { count++; return 0x100000000; }
                    Log.Printf("count %u next {|FG0002:%llx|}\n", count, Next());
                }
            }
            """, """
            using Demo;
            class C
            {
                void M()
                {
                    uint count = 7;
                    ulong Next() { count++; return 0x100000000; }
                    var count2 = count;
                    var next = Next();
                    Log.Printf("count %u next %x%08x\n", count2, (uint)(next >> 32), (uint)next);
                }
            }
            """);
    }

    [Fact]
    public async Task AnEarlierFieldIsHoistedAheadOfARemovedCallThatWritesIt()
    {
        await VerifyExtra.CodeFix("""
            using Demo;
            class C
            {
                uint c = 5;
                uint A() => 1;
                uint B() => c = 99;
                void M() => Log.Printf("%x %x\n", A(), c, {|FG0004:B()|});
            }
            """, """
            using Demo;
            class C
            {
                uint c = 5;
                uint A() => 1;
                uint B() => c = 99;
                void M()
                {
                    var a = A();
                    var c2 = c;
                    _ = B();
                    Log.Printf("%x %x\n", a, c2);
                }
            }
            """);
    }

    [Fact]
    public async Task AnEarlierLocalTakenByReferenceIsHoistedFirst()
    {
        await VerifySplit.CodeFix("""
            using Demo;
            class C
            {
                static ulong Bump(ref uint counter) { counter++; return 1; }
                void M()
                {
                    uint seen = 3;
                    ref uint alias = ref seen;
                    Log.Printf("%u %x\n", seen, {|FG0001:Bump(ref alias)|});
                }
            }
            """, """
            using Demo;
            class C
            {
                static ulong Bump(ref uint counter) { counter++; return 1; }
                void M()
                {
                    uint seen = 3;
                    ref uint alias = ref seen;
                    var seen2 = seen;
                    var bump = Bump(ref alias);
                    Log.Printf("%u %x%08x\n", seen2, (uint)(bump >> 32), (uint)bump);
                }
            }
            """);
    }

    [Fact]
    public async Task LocalsAndParametersNothingHoistedMentionsStayInPlace()
    {
        await VerifySplit.CodeFix("""
            using Demo;
            class C
            {
                ulong Size() => 1;
                void M(uint bus, uint devfn)
                {
                    uint bar = 0x10;
                    Log.Printf("%02x:%02x.%x bar %x size %x\n", bus, devfn >> 3, devfn & 7, bar, {|FG0001:Size()|});
                }
            }
            """, """
            using Demo;
            class C
            {
                ulong Size() => 1;
                void M(uint bus, uint devfn)
                {
                    uint bar = 0x10;
                    var size = Size();
                    Log.Printf("%02x:%02x.%x bar %x size %x%08x\n", bus, devfn >> 3, devfn & 7, bar, (uint)(size >> 32), (uint)size);
                }
            }
            """);
    }

    [Fact]
    public async Task AFieldReadThroughAParameterIsSplitInPlace()
    {
        await VerifySplit.CodeFix("""
            using Demo;
            class Bar { public uint Devfn; public ulong Size; }
            class C
            {
                void M(Bar bar) => Log.Printf("dev %x size %x\n", bar.Devfn, {|FG0001:bar.Size|});
            }
            """, """
            using Demo;
            class Bar { public uint Devfn; public ulong Size; }
            class C
            {
                void M(Bar bar) => Log.Printf("dev %x size %x%08x\n", bar.Devfn, (uint)(bar.Size >> 32), (uint)bar.Size);
            }
            """);
    }

    [Fact]
    public async Task ExtraPlainReadsAreRemovedOutright()
    {
        await VerifyExtra.CodeFix("""
            using Demo;
            class Dev { public uint Devfn; public uint Flags; }
            class C
            {
                void M(Dev d, uint[] flags, int i) => Log.Printf("pci dev %02x:%x\n", d.Devfn >> 3, d.Devfn & 7, {|FG0004:d.Flags|}, {|FG0004:flags[i]|});
            }
            """, """
            using Demo;
            class Dev { public uint Devfn; public uint Flags; }
            class C
            {
                void M(Dev d, uint[] flags, int i) => Log.Printf("pci dev %02x:%x\n", d.Devfn >> 3, d.Devfn & 7);
            }
            """);
    }

    [Fact]
    public async Task ADeclarationOfSeveralLocalsIsSplitAtTheCall()
    {
        await VerifyUnsupported.CodeFix("""
            using Demo;
            class C
            {
                static ulong BarSize(uint devfn) => devfn;
                void M()
                {
                    uint devfn = 0x10, len = (uint)Log.Sprintf("{|FG0002:%llx|}", BarSize(devfn)).Length;
                }
            }
            """, """
            using Demo;
            class C
            {
                static ulong BarSize(uint devfn) => devfn;
                void M()
                {
                    uint devfn = 0x10;
                    var barSize = BarSize(devfn);
                    uint len = (uint)Log.Sprintf("%x%08x", (uint)(barSize >> 32), (uint)barSize).Length;
                }
            }
            """);
    }

    [Fact]
    public async Task AnOutVariableOfAnEarlierDeclaratorIsDeclaredBeforeTheHoistedCode()
    {
        await VerifySplit.CodeFix("""
            using Demo;
            class C
            {
                static uint Read(out uint raw) { raw = 1; return 2; }
                static ulong Wide(uint raw) => raw;
                void M()
                {
                    uint n = Read(out var raw), m = (uint)Log.Sprintf("%x\n", {|FG0001:Wide(raw)|}).Length;
                }
            }
            """, """
            using Demo;
            class C
            {
                static uint Read(out uint raw) { raw = 1; return 2; }
                static ulong Wide(uint raw) => raw;
                void M()
                {
                    uint n = Read(out var raw);
                    var wide = Wide(raw);
                    uint m = (uint)Log.Sprintf("%x%08x\n", (uint)(wide >> 32), (uint)wide).Length;
                }
            }
            """);
    }

    [Fact]
    public async Task NoFixWhereTheHoistedCodeReadsALocalItsOwnStatementDeclares()
    {
        const string source = """
            using Demo;
            class C
            {
                static ulong Wide(uint i) => i;
                void M()
                {
                    for (uint i = 0, n = (uint)Log.Sprintf("%x\n", {|FG0001:Wide(i)|}).Length; i < n; i++)
                    {
                    }
                }
            }
            """;
        await VerifySplit.CodeFix(source, source);
    }

    [Fact]
    public async Task NoFixInADeconstructionThatDeclaresItsTargetsBeforeTheCall()
    {
        const string source = """
            using Demo;
            class C
            {
                static ulong Wide() => 1;
                void M()
                {
                    var (count, text) = (3u, Log.Sprintf("%x\n", {|FG0001:Wide()|}));
                }
            }
            """;
        await VerifySplit.CodeFix(source, source);
    }

    [Fact]
    public async Task AnInstanceShimReachedThroughAFieldGetsNoFixWhenAnArgumentMoves()
    {
        const string source = """
            using Demo;
            class Console
            {
                [PrintfShim] public void Printf(string format, params object?[] args) { }
            }
            class C
            {
                Console console = new();
                ulong Next() { console = new(); return 1; }
                void M() => console.Printf("%x\n", {|FG0001:Next()|});
            }
            """;
        await VerifySplit.CodeFix(source, source);
    }
}
