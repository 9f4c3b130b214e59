using System.Threading;
using System.Threading.Tasks;
using FirmwareGuard.CodeFixes;
using Xunit;
using VerifyFix = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer, FirmwareGuard.CodeFixes.SixtyFourBitArgumentFix>;

namespace FirmwareGuard.Tests.CodeFixes;

public class SixtyFourBitArgumentFixTests
{
    [Fact]
    public async Task NoFixInAHalfTypedArgumentList()
    {
        // Found by the long robustness run: with the comma missing, the constant narrowing turned
        // `"%u\n" Big` into `"%u\n" (uint)Big`, which parses as a call.
        const string Source = """
            using Demo;
            class C
            {
                const long Big = 5;
                void M() => Log.Printf("%u\n" {|CS1003:{|FG0001:Big|}|});
            }
            """;
        await VerifyFix.CodeFix(Source, Source);
    }

    [Fact]
    public async Task SplitsTheGarbledBarLineLikeXen()
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
    public async Task TitleAnnouncesTheLeadingZero()
    {
        await new VerifyFix.Test
        {
            TestCode = """
                using Demo;
                class C
                {
                    void M(ulong size) => Log.Printf("size %x\n", {|FG0001:size|});
                }
                """,
            FixedCode = """
                using Demo;
                class C
                {
                    void M(ulong size) => Log.Printf("size %x%08x\n", (uint)(size >> 32), (uint)size);
                }
                """,
            CodeActionVerifier = (action, verifier) => verifier.Equal(
                "Split `size` into 32-bit halves (`%x%08x`); values below 4 GiB print with a leading 0", action.Title),
        }.RunAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("%012lx", "%04x%08x", "")]
    [InlineData("%09lx", "%x%08x", "")]
    [InlineData("%020lx", "%012x%08x", "")]
    [InlineData("%lX", "%X%08X", "; values below 4 GiB print with a leading 0")]
    [InlineData("%016lX", "%08X%08X", "")]
    [InlineData("%08lx", "%x%08x", "; values below 4 GiB print with a leading 0")]
    [InlineData("%12lx", "%4x%08x", "; values below 4 GiB print with a leading 0")]
    public async Task SplitsWidthsFlagsAndUpperCase(string directive, string halves, string announcement)
    {
        await new VerifyFix.Test
        {
            TestCode = "using Demo;\nclass C\n{\n    void M(ulong v) => Log.Printf(\"[" + directive + "]\\n\", {|FG0001:v|});\n}\n",
            FixedCode = "using Demo;\nclass C\n{\n    void M(ulong v) => Log.Printf(\"[" + halves + "]\\n\", (uint)(v >> 32), (uint)v);\n}\n",
            CodeActionVerifier = (action, verifier) => verifier.Equal($"Split `v` into 32-bit halves (`{halves}`){announcement}", action.Title),
        }.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task SplitsSeveralSixtyFourBitArgumentsInOneCall()
    {
        // The analyzer reports `to` only once `from` no longer shifts its slots; Fix All splits both at once.
        await new VerifyFix.Test
        {
            TestCode = """
                using Demo;
                class Memory
                {
                    void Relocate(uint pages, ulong from, ulong to)
                    {
                        Log.Printf("Relocating 0x%x pages from %x to %x for lowmem MMIO hole\n", pages, {|FG0001:from|}, to);
                    }
                }
                """,
            FixedCode = """
                using Demo;
                class Memory
                {
                    void Relocate(uint pages, ulong from, ulong to)
                    {
                        Log.Printf("Relocating 0x%x pages from %x%08x to %x%08x for lowmem MMIO hole\n", pages, (uint)(from >> 32), (uint)from, (uint)(to >> 32), (uint)to);
                    }
                }
                """,
            NumberOfIncrementalIterations = 2,
            NumberOfFixAllIterations = 1,
        }.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task KeepsTheOrderOfSideEffectingArguments()
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
                    Log.Printf("%x {|FG0002:%llx|} %x\n", A(), {|FG0001:B()|}, C1());
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

    [Fact]
    public async Task HoistsAnEarlierFieldReadAheadOfAHoistedProperty()
    {
        await VerifyFix.CodeFix("""
            using Demo;
            class Bar
            {
                uint devfn;
                ulong Size { get; set; }
                void M(uint reg)
                {
                    Log.Printf("dev %x reg %x size %x\n", devfn >> 3, reg, {|FG0001:Size|});
                }
            }
            """, """
            using Demo;
            class Bar
            {
                uint devfn;
                ulong Size { get; set; }
                void M(uint reg)
                {
                    var devfn2 = devfn >> 3;
                    var size = Size;
                    Log.Printf("dev %x reg %x size %x%08x\n", devfn2, reg, (uint)(size >> 32), (uint)size);
                }
            }
            """);
    }

    [Fact]
    public async Task NamesLocalsUniquely()
    {
        await VerifyFix.CodeFix("""
            using Demo;
            class C
            {
                ulong GetNext() => 2;
                void M()
                {
                    var next = 1;
                    Log.Printf("%d %x\n", next, {|FG0001:GetNext()|});
                }
            }
            """, """
            using Demo;
            class C
            {
                ulong GetNext() => 2;
                void M()
                {
                    var next = 1;
                    var next2 = GetNext();
                    Log.Printf("%d %x%08x\n", next, (uint)(next2 >> 32), (uint)next2);
                }
            }
            """);
    }

    [Fact]
    public async Task SplitsInsideNestedShimCalls()
    {
        await VerifyFix.CodeFix("""
            using Demo;
            class C
            {
                void M(ulong base1, ulong size)
                {
                    Log.Printf("%s size %x\n", Log.Sprintf("base %x", {|FG0001:base1|}), {|FG0001:size|});
                }
            }
            """, """
            using Demo;
            class C
            {
                void M(ulong base1, ulong size)
                {
                    Log.Printf("%s size %x%08x\n", Log.Sprintf("base %x%08x", (uint)(base1 >> 32), (uint)base1), (uint)(size >> 32), (uint)size);
                }
            }
            """);
    }

    [Fact]
    public async Task NestedShimCallsWithLocalsKeepTheirOrder()
    {
        await new VerifyFix.Test
        {
            TestCode = """
                using Demo;
                class C
                {
                    ulong Next() => 2;
                    void M()
                    {
                        Log.Printf("%s then %x\n", Log.Sprintf("%x", {|FG0001:Next()|}), {|FG0001:Next()|});
                    }
                }
                """,
            FixedCode = """
                using Demo;
                class C
                {
                    ulong Next() => 2;
                    void M()
                    {
                        var next = Next();
                        var sprintf = Log.Sprintf("%x%08x", (uint)(next >> 32), (uint)next);
                        var next2 = Next();
                        Log.Printf("%s then %x%08x\n", sprintf, (uint)(next2 >> 32), (uint)next2);
                    }
                }
                """,
            BatchFixedCode = """
                using Demo;
                class C
                {
                    ulong Next() => 2;
                    void M()
                    {
                        var next2 = Next();
                        var sprintf = Log.Sprintf("%x%08x", (uint)(next2 >> 32), (uint)next2);
                        var next = Next();
                        Log.Printf("%s then %x%08x\n", sprintf, (uint)(next >> 32), (uint)next);
                    }
                }
                """,
        }.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task MovesAwaitAndConditionalAccessIntoLocals()
    {
        await new VerifyFix.Test
        {
            TestCode = """
            using System.Threading.Tasks;
            using Demo;
            class Device { public ulong Size; }
            class C
            {
                Task<ulong> ReadBaseAsync() => Task.FromResult(0UL);
                async Task M(Device? device)
                {
                    Log.Printf("base %x size %x\n", {|FG0001:await ReadBaseAsync()|}, device?.Size ?? 0);
                }
            }
            """,
            FixedCode = """
            using System.Threading.Tasks;
            using Demo;
            class Device { public ulong Size; }
            class C
            {
                Task<ulong> ReadBaseAsync() => Task.FromResult(0UL);
                async Task M(Device? device)
                {
                    var readBase = await ReadBaseAsync();
                    var size = device?.Size ?? 0;
                    Log.Printf("base %x%08x size %x%08x\n", (uint)(readBase >> 32), (uint)readBase, (uint)(size >> 32), (uint)size);
                }
            }
            """,
            NumberOfIncrementalIterations = 2,
            NumberOfFixAllIterations = 1,
        }.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task TurnsExpressionBodiedMembersIntoBlocks()
    {
        await VerifyFix.CodeFix("""
            using Demo;
            class Device
            {
                ulong Next() => 2;
                void Report() => Log.Printf("next %x\n", {|FG0001:Next()|});
                string Text => Log.Sprintf("next %x", {|FG0001:Next()|});
            }
            """, """
            using Demo;
            class Device
            {
                ulong Next() => 2;
                void Report()
                {
                    var next = Next();
                    Log.Printf("next %x%08x\n", (uint)(next >> 32), (uint)next);
                }

                string Text
                {
                    get
                    {
                        var next = Next();
                        return Log.Sprintf("next %x%08x", (uint)(next >> 32), (uint)next);
                    }
                }
            }
            """);
    }

    [Fact]
    public async Task TurnsLambdaBodiesIntoBlocks()
    {
        await VerifyFix.CodeFix("""
            using System;
            using Demo;
            class Device { public ulong Size { get; set; } }
            class C
            {
                Action<Device> report = device => Log.Printf("size %x\n", {|FG0001:device.Size|});
                Func<Device, string> text = device => Log.Sprintf("size %x", {|FG0001:device.Size|});
            }
            """, """
            using System;
            using Demo;
            class Device { public ulong Size { get; set; } }
            class C
            {
                Action<Device> report = device =>
                {
                    var deviceSize = device.Size;
                    Log.Printf("size %x%08x\n", (uint)(deviceSize >> 32), (uint)deviceSize);
                };
                Func<Device, string> text = device =>
                {
                    var deviceSize = device.Size;
                    return Log.Sprintf("size %x%08x", (uint)(deviceSize >> 32), (uint)deviceSize);
                };
            }
            """);
    }

    [Fact]
    public async Task WrapsAnEmbeddedStatementInABlock()
    {
        await VerifyFix.CodeFix("""
            using Demo;
            class C
            {
                ulong Next() => 2;
                void M(bool verbose)
                {
                    if (verbose)
                        Log.Printf("next %x\n", {|FG0001:Next()|});
                }
            }
            """, """
            using Demo;
            class C
            {
                ulong Next() => 2;
                void M(bool verbose)
                {
                    if (verbose)
                    {
                        var next = Next();
                        Log.Printf("next %x%08x\n", (uint)(next >> 32), (uint)next);
                    }
                }
            }
            """);
    }

    [Fact]
    public async Task NoFixWhereTheCallDoesNotRunExactlyOnce()
    {
        const string Source = """
            using System;
            using System.Linq.Expressions;
            using Demo;
            class C
            {
                static ulong Next() => 2;
                static string field = Log.Sprintf("%x", {|FG0001:Next()|});
                string Property { get; } = Log.Sprintf("%x", {|FG0001:Next()|});
                void M(bool flag, string? name, C? other, ulong[] values)
                {
                    var a = flag ? Log.Sprintf("%x", {|FG0001:Next()|}) : "";
                    var b = flag && Log.Sprintf("%x", {|FG0001:Next()|}).Length > 0;
                    var c = name ?? Log.Sprintf("%x", {|FG0001:Next()|});
                    var d = other?.Format("%x", {|FG0001:Next()|});
                    var e = Log.Sprintf("%s", name) + Log.Sprintf("%x", {|FG0001:Next()|});
                    while (Log.Sprintf("%x", {|FG0001:Next()|}).Length > 9) { }
                    for (var i = 0; i < 2; Log.Printf("%x\n", {|FG0001:Next()|})) { i++; }
                    Expression<Func<ulong, string>> tree = v => Log.Sprintf("%x", {|FG0001:values[v]|});
                    var f = checked(Log.Sprintf("%x", {|FG0001:Next()|}).Length + 1);
                    var g = Log.Sprintf("%x", {|FG0001:Parse(out var parsed)|}) + parsed;
                    var h = $"{Log.Sprintf("%x", {|FG0001:Next()|})}";
                    switch (name)
                    {
                        case "a" when Log.Sprintf("%x", {|FG0001:Next()|}).Length > 0:
                            break;
                    }
                }

                static ulong Parse(out int parsed)
                {
                    parsed = 1;
                    return 2;
                }

                [PrintfShim] string Format(string format, params object?[] args) => format;
            }
            """;
        await VerifyFix.CodeFix(Source, Source);
    }

    [Fact]
    public async Task SplitsWithoutLocalsAnywhereTheValueCanBeReadTwice()
    {
        await VerifyFix.CodeFix("""
            using Demo;
            class C
            {
                static ulong size;
                static string field = Log.Sprintf("%x", {|FG0001:size|});
                string M(bool flag) => flag ? Log.Sprintf("%x", {|FG0001:size|}) : "";
            }
            """, """
            using Demo;
            class C
            {
                static ulong size;
                static string field = Log.Sprintf("%x%08x", (uint)(size >> 32), (uint)size);
                string M(bool flag) => flag ? Log.Sprintf("%x%08x", (uint)(size >> 32), (uint)size) : "";
            }
            """);
    }

    [Fact]
    public async Task DecimalOffersHexHalves()
    {
        await new VerifyFix.Test
        {
            TestCode = """
                using Demo;
                class C
                {
                    void M(long pages) => Log.Printf("%d pages\n", {|FG0001:pages|});
                }
                """,
            FixedCode = """
                using Demo;
                class C
                {
                    void M(long pages) => Log.Printf("0x%x%08x pages\n", (uint)(pages >> 32), (uint)pages);
                }
                """,
            CodeActionEquivalenceKey = SixtyFourBitArgumentFix.DefaultKey,
            CodeActionIndex = 0,
            CodeActionVerifier = (action, verifier) => verifier.Equal("Print `pages` as hex halves (`0x%x%08x`)", action.Title),
        }.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ACheckedNarrowingLeavesTheArithmeticInsideItUnchecked()
    {
        await new VerifyFix.Test
        {
            TestCode = """
                using System;
                using Demo;
                class C
                {
                    static ulong After(ulong value, Action effect) { effect(); return value; }
                    void M(ulong pages, ulong extra, uint count) => Log.Printf("%u pages\n", {|FG0001:After(pages + extra, () => count++)|});
                }
                """,
            FixedCode = """
                using System;
                using Demo;
                class C
                {
                    static ulong After(ulong value, Action effect) { effect(); return value; }
                    void M(ulong pages, ulong extra, uint count) => Log.Printf("%u pages\n", checked((uint)unchecked(After(pages + extra, () => count++))));
                }
                """,
            CodeActionEquivalenceKey = SixtyFourBitArgumentFix.CheckedNarrowingKey,
            CodeActionIndex = 1,
        }.RunAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("long", "%d", "%d", "int")]
    [InlineData("ulong", "%u", "%u", "uint")]
    [InlineData("long", "%05ld", "%05ld", "int")]
    [InlineData("ulong", "%o", "%o", "uint")]
    public async Task DecimalOffersACheckedNarrowingThatSaysItThrows(string type, string directive, string narrowed, string target)
    {
        await new VerifyFix.Test
        {
            TestCode = $"using Demo;\nclass C\n{{\n    void M({type} count) => Log.Printf(\"{directive} pages\\n\", {{|FG0001:count|}});\n}}\n",
            FixedCode = $"using Demo;\nclass C\n{{\n    void M({type} count) => Log.Printf(\"{narrowed} pages\\n\", checked(({target})count));\n}}\n",
            CodeActionEquivalenceKey = directive == "%o" ? SixtyFourBitArgumentFix.DefaultKey : SixtyFourBitArgumentFix.CheckedNarrowingKey,
            CodeActionIndex = directive == "%o" ? 0 : 1,
            CodeActionVerifier = (action, verifier) => verifier.Equal(
                $"Narrow `count` to 32 bits with `checked(({target})…)`; throws OverflowException when the value does not fit", action.Title),
        }.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task NarrowsConstantsThatFit()
    {
        await VerifyFix.CodeFix("""
            using Demo;
            class C
            {
                const uint Pages = 16;
                const long Big = 40;
                void M()
                {
                    Log.Printf("%d\n", {|FG0001:5L|});
                    Log.Printf("%d\n", {|FG0001:-5L|});
                    Log.Printf("%u\n", {|FG0001:(ulong)Pages|});
                    Log.Printf("%x\n", {|FG0001:0x10UL|});
                    Log.Printf("%u\n", {|FG0001:Big|});
                }
            }
            """, """
            using Demo;
            class C
            {
                const uint Pages = 16;
                const long Big = 40;
                void M()
                {
                    Log.Printf("%d\n", 5);
                    Log.Printf("%d\n", -5);
                    Log.Printf("%u\n", Pages);
                    Log.Printf("%x\n", 0x10);
                    Log.Printf("%u\n", (uint)Big);
                }
            }
            """);
    }

    [Fact]
    public async Task SplitsConstantsThatDoNotFit()
    {
        await VerifyFix.CodeFix("""
            using Demo;
            class C
            {
                const long Minus = -2;
                void M()
                {
                    Log.Printf("%x\n", {|FG0001:0x1_0000_0000UL|});
                    Log.Printf("%x\n", {|FG0001:Minus|});
                }
            }
            """, """
            using Demo;
            class C
            {
                const long Minus = -2;
                void M()
                {
                    Log.Printf("%x%08x\n", (uint)(0x1_0000_0000UL >> 32), unchecked((uint)0x1_0000_0000UL));
                    Log.Printf("%x%08x\n", unchecked((uint)(Minus >> 32)), unchecked((uint)Minus));
                }
            }
            """);
    }

    [Fact]
    public async Task SplitsEnumsAndNativeIntegersThroughTheirSixtyFourBitType()
    {
        await VerifyFix.CodeFix("""
            using Demo;
            enum Address : ulong { Low = 0 }
            enum Offset : long { Zero = 0 }
            class C
            {
                void M(Address address, Offset offset, nuint length)
                {
                    Log.Printf("%x\n", {|FG0001:address|});
                    Log.Printf("%x\n", {|FG0001:offset|});
                    Log.Printf("%x\n", {|FG0001:length|});
                }
            }
            """, """
            using Demo;
            enum Address : ulong { Low = 0 }
            enum Offset : long { Zero = 0 }
            class C
            {
                void M(Address address, Offset offset, nuint length)
                {
                    Log.Printf("%x%08x\n", (uint)((ulong)address >> 32), (uint)address);
                    Log.Printf("%x%08x\n", (uint)((long)offset >> 32), (uint)offset);
                    Log.Printf("%x%08x\n", (uint)((ulong)length >> 32), (uint)length);
                }
            }
            """);
    }

    [Fact]
    public async Task UsesUncheckedHalvesInACheckedContext()
    {
        await VerifyFix.CodeFix("""
            using Demo;
            class C
            {
                void M(long delta, ulong size)
                {
                    checked
                    {
                        Log.Printf("%x\n", {|FG0001:delta|});
                        Log.Printf("%x\n", {|FG0001:size|});
                    }
                }
            }
            """, """
            using Demo;
            class C
            {
                void M(long delta, ulong size)
                {
                    checked
                    {
                        Log.Printf("%x%08x\n", unchecked((uint)(delta >> 32)), unchecked((uint)delta));
                        Log.Printf("%x%08x\n", (uint)(size >> 32), unchecked((uint)size));
                    }
                }
            }
            """);
    }

    [Fact]
    public async Task RewritesEveryKindOfLiteralAndArgumentList()
    {
        await VerifyFix.CodeFix(""""
            using Demo;
            class C
            {
                void M(ulong a, ulong b, ulong c, ulong d)
                {
                    Log.Printf(@"%x\n", {|FG0001:a|});
                    Log.PrintfSpan("""%x""", {|FG0001:b|});
                    Log.PrintfVar("%x\n", __arglist({|FG0001:c|}));
                    Log.Printf("%x\n", new object[] { {|FG0001:d|} });
                }
            }
            """", """"
            using Demo;
            class C
            {
                void M(ulong a, ulong b, ulong c, ulong d)
                {
                    Log.Printf(@"%x%08x\n", (uint)(a >> 32), (uint)a);
                    Log.PrintfSpan("""%x%08x""", (uint)(b >> 32), (uint)b);
                    Log.PrintfVar("%x%08x\n", __arglist((uint)(c >> 32), (uint)c));
                    Log.Printf("%x%08x\n", new object[] { (uint)(d >> 32), (uint)d });
                }
            }
            """");
    }

    [Fact]
    public async Task NoSplitWhenTheDirectiveIsNotWrittenInTheLiteral()
    {
        const string Source = """
            using Demo;
            class C
            {
                const string Format = "size %x\n";
                void M(ulong size)
                {
                    Log.Printf(Format, {|FG0001:size|});
                    Log.Printf("size %" + "x\n", {|FG0001:size|});
                }
            }
            """;
        await VerifyFix.CodeFix(Source, Source);
    }

    [Fact]
    public async Task NarrowsEvenWhenTheFormatIsAConstantFromElsewhere()
    {
        await new VerifyFix.Test
        {
            TestCode = """
                using Demo;
                class C
                {
                    const string Format = "%d pages\n";
                    void M(long pages) => Log.Printf(Format, {|FG0001:pages|});
                }
                """,
            FixedCode = """
                using Demo;
                class C
                {
                    const string Format = "%d pages\n";
                    void M(long pages) => Log.Printf(Format, checked((int)pages));
                }
                """,
            CodeActionEquivalenceKey = SixtyFourBitArgumentFix.CheckedNarrowingKey,
        }.RunAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("%x", "%llx")]
    [InlineData("%016lx", "%016llx")]
    [InlineData("%08x", "%08llx")]
    public async Task OnSeabiosAHexDirectiveReadsTheWholeValueInsteadOfSplitting(string directive, string whole)
    {
        await new VerifyFix.Test
        {
            TestCode = $"using Demo;\nclass C\n{{\n    void M(ulong size) => Log.Dprintf(\"size {directive}\\n\", {{|FG0001:size|}});\n}}\n",
            FixedCode = $"using Demo;\nclass C\n{{\n    void M(ulong size) => Log.Dprintf(\"size {whole}\\n\", size);\n}}\n",
            CodeActionVerifier = (action, verifier) => verifier.Equal(
                $"Rewrite `{directive}` as `{whole}`, which prints all 64 bits of `size` on seabios's printf", action.Title),
        }.RunAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("Debug64", "edk2-x64", "%x", "%lx")]
    [InlineData("Debug64", "edk2-x64", "%08X", "%08lX")]
    [InlineData("Debug64", "edk2-x64", "%016x", "%016lx")]
    [InlineData("Debug64", "edk2-x64", "%u", "%lu")]
    [InlineData("Debug32", "edk2-ia32", "%x", "%lx")]
    [InlineData("Debug32", "edk2-ia32", "%d", "%ld")]
    public async Task OnEdk2TheDirectiveReadsTheWholeValueWithL(string shim, string dialect, string directive, string whole)
    {
        await new VerifyFix.Test
        {
            TestCode = $"using Demo;\nclass C\n{{\n    void M(long size) => Log.{shim}(\"size {directive}\\n\", {{|FG0001:size|}});\n}}\n",
            FixedCode = $"using Demo;\nclass C\n{{\n    void M(long size) => Log.{shim}(\"size {whole}\\n\", size);\n}}\n",
            CodeActionVerifier = (action, verifier) => verifier.Equal(
                $"Rewrite `{directive}` as `{whole}`, which prints all 64 bits of `size` on {dialect}'s printf", action.Title),
        }.RunAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("Debug64", "b")]
    [InlineData("Debug32", "{|FG0001:b|}")]
    public async Task OnEdk2AValueAlreadyReadWholeIsLeftAsItIs(string shim, string shiftedOnIa32)
    {
        await VerifyFix.CodeFix(
            $"using Demo;\nclass C\n{{\n    void M(ulong a, ulong b) => Log.{shim}(\"%x %lx\\n\", {{|FG0001:a|}}, {shiftedOnIa32});\n}}\n",
            $"using Demo;\nclass C\n{{\n    void M(ulong a, ulong b) => Log.{shim}(\"%lx %lx\\n\", a, b);\n}}\n");
    }

    [Fact]
    public async Task OnSeabiosADecimalDirectiveStillPrintsHexHalves()
    {
        await VerifyFix.CodeFix("""
            using Demo;
            class C
            {
                void M(ulong pages) => Log.Dprintf("%u pages\n", {|FG0001:pages|});
            }
            """, """
            using Demo;
            class C
            {
                void M(ulong pages) => Log.Dprintf("0x%x%08x pages\n", (uint)(pages >> 32), (uint)pages);
            }
            """);
    }

    [Fact]
    public async Task AUserDialectsFixesUseOnlyItsOwnConversions()
    {
        var test = new VerifyFix.Test
        {
            TestCode = """
                using Demo;
                static class Uart
                {
                    [PrintfShim("uart")] public static void Printf(string format, params object?[] args) { }
                }
                class C
                {
                    void M(ulong size, uint devfn) => Uart.Printf("dev %x size %x\n", devfn, {|FG0001:size|});
                }
                """,
            FixedCode = """
                using Demo;
                static class Uart
                {
                    [PrintfShim("uart")] public static void Printf(string format, params object?[] args) { }
                }
                class C
                {
                    void M(ulong size, uint devfn) => Uart.Printf("dev %x size %Lx\n", devfn, size);
                }
                """,
        };
        test.TestState.AdditionalFiles.Add(("/uart.printf-dialects.ini", """
            [uart]
            description = a UART printf whose 'L' reads 64 bits
            flags = 0
            lengths = L
            unknown = print-character
            x  = hex 1 32 width zero
            Lx = hex 2 64 width zero
            """));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task FixAllAppliesEachDiagnosticsFirstAction()
    {
        await new VerifyFix.Test
        {
            TestCode = """
                using Demo;
                class C
                {
                    void M(ulong size, long pages)
                    {
                        Log.Printf("size %x\n", {|FG0001:size|});
                        Log.Printf("pages %d\n", {|FG0001:pages|});
                    }
                }
                """,
            FixedCode = """
                using Demo;
                class C
                {
                    void M(ulong size, long pages)
                    {
                        Log.Printf("size %x%08x\n", (uint)(size >> 32), (uint)size);
                        Log.Printf("pages 0x%x%08x\n", (uint)(pages >> 32), (uint)pages);
                    }
                }
                """,
            CodeActionEquivalenceKey = SixtyFourBitArgumentFix.DefaultKey,
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
                ulong Next() => 2;
                void M(ulong size)
                {
                    Log.Printf("%x %x\n", {|FG0001:Next()|}, Next());
                    Log.Printf("%x\n", {|FG0001:size|});
                }
            }
            """;
        const string FirstFixed = """
            using Demo;
            class A
            {
                ulong Next() => 2;
                void M(ulong size)
                {
                    var next = Next();
                    var next2 = Next();
                    Log.Printf("%x%08x %x%08x\n", (uint)(next >> 32), (uint)next, (uint)(next2 >> 32), (uint)next2);
                    Log.Printf("%x%08x\n", (uint)(size >> 32), (uint)size);
                }
            }
            """;
        const string Second = """
            using Demo;
            class B
            {
                void M(ulong size) => Log.Printf("%X\n", {|FG0001:size|});
            }
            """;
        const string Third = """
            using Demo;
            class D
            {
                ulong Size { get; set; }
                void M() => Log.Printf("%016lx\n", {|FG0001:Size|});
            }
            """;
        const string ThirdFixed = """
            using Demo;
            class D
            {
                ulong Size { get; set; }
                void M()
                {
                    var size = Size;
                    Log.Printf("%08x%08x\n", (uint)(size >> 32), (uint)size);
                }
            }
            """;
        await VerifyFix.FixAllAcrossTwoDocumentsAndTwoProjects(
            SixtyFourBitArgumentFix.DefaultKey,
            (First, FirstFixed),
            (Second, "using Demo;\nclass B\n{\n    void M(ulong size) => Log.Printf(\"%X%08X\\n\", (uint)(size >> 32), (uint)size);\n}"),
            (Third, ThirdFixed),
            incrementalIterations: 5);
    }

    [Fact]
    public async Task DeclaresTheTypeOfAMovedArgumentWithoutANaturalType()
    {
        await VerifyFix.CodeFix("""
            using Demo;
            class C
            {
                ulong Next() => 2;
                void M(bool verbose)
                {
                    Log.Printf("%s %x\n", {|FG0005:verbose switch { true => 1, _ => "off" }|}, {|FG0001:Next()|});
                }
            }
            """, """
            using Demo;
            class C
            {
                ulong Next() => 2;
                void M(bool verbose)
                {
                    object value = verbose switch { true => 1, _ => "off" };
                    var next = Next();
                    Log.Printf("%s %x%08x\n", {|FG0005:value|}, (uint)(next >> 32), (uint)next);
                }
            }
            """);
    }

    [Fact]
    public async Task NoSplitForFloatingPoint()
    {
        const string Source = """
            using Demo;
            class C
            {
                void M(double ratio, uint count) => Log.Printf("%x %x\n", {|FG0005:ratio|}, count);
            }
            """;
        await VerifyFix.CodeFix(Source, Source);
    }
}
