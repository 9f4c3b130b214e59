using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using AnalyzerTest = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>.Test;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer>;

namespace FirmwareGuard.Tests.Rules;

/// <summary>FG0002: a directive the printer does not print as C would.</summary>
public class UnsupportedDirectiveTests
{
    [Theory]
    [InlineData("%llx", "drops '%l', prints the text 'lx' and consumes no argument")]
    [InlineData("%lld", "drops '%l', prints the text 'ld' and consumes no argument")]
    [InlineData("%08llx", "drops '%08l', prints the text 'lx' and consumes no argument")]
    [InlineData("%hx", "drops '%', prints the text 'hx' and consumes no argument")]
    [InlineData("%hhu", "drops '%', prints the text 'hhu' and consumes no argument")]
    [InlineData("%zu", "drops '%', prints the text 'zu' and consumes no argument")]
    [InlineData("%jd", "drops '%', prints the text 'jd' and consumes no argument")]
    [InlineData("%p", "drops '%', prints the text 'p' and consumes no argument")]
    [InlineData("%i", "drops '%', prints the text 'i' and consumes no argument")]
    [InlineData("%n", "drops '%', prints the text 'n' and consumes no argument")]
    [InlineData("%.3x", "drops '%', prints the text '.3x' and consumes no argument")]
    [InlineData("%+d", "drops '%', prints the text '+d' and consumes no argument")]
    [InlineData("% d", "drops '%', prints the text ' d' and consumes no argument")]
    [InlineData("%#x", "drops '%', prints the text '#x' and consumes no argument")]
    [InlineData("%0-5d", "drops '%0', prints the text '-5d' and consumes no argument")]
    [InlineData("%1$x", "drops '%1', prints the text '$x' and consumes no argument")]
    [InlineData("%5.2f", "drops '%5', prints the text '.2f' and consumes no argument")]
    public async Task HvmloaderPrintsWhatItDoesNotUnderstandAsText(string directive, string effect)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M(uint value) => Log.Printf("value {|#0:{{directive}}|}\n", {|#1:value|});
            }
            """,
            VerifyFG.Diagnostic("FG0002").WithLocation(0).WithLocation(1).WithArguments($"`{directive}`", "hvmloader", effect));
    }

    [Fact]
    public async Task AStrayPercentBeforeAControlCharacterSaysWhatPrints()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M()
                {
                    Log.Printf("done 100{|#0:%\n|}");
                    Log.Dprintf("done 100{|#1:%\t|}\n");
                    Log.Printf("{|#2:%\x01|}\n");
                }
            }
            """,
            VerifyFG.Diagnostic("FG0002").WithLocation(0).WithArguments("`%\\n`", "hvmloader", "drops '%', prints the text '\\n' and consumes no argument"),
            VerifyFG.Diagnostic("FG0002").WithLocation(1).WithArguments("`%\\t`", "seabios", "prints the text '%\\t' and consumes no argument"),
            VerifyFG.Diagnostic("FG0002").WithLocation(2).WithArguments("`%\\x01`", "hvmloader", "drops '%', prints the text '\\x01' and consumes no argument"));
    }

    [Fact]
    public async Task AStarWidthIsNotUnderstoodEither()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(int width, uint value) => Log.Printf("{|#0:%*x|}\n", width, {|#1:value|});
            }
            """,
            VerifyFG.Diagnostic("FG0002").WithLocation(0).WithLocation(1).WithArguments("`%*x`", "hvmloader", "drops '%', prints the text '*x' and consumes no argument"));
    }

    [Theory]
    [InlineData("%5c", "c", "ignores the width")]
    [InlineData("%-5d", "x", "ignores the '-' flag and aligns right")]
    [InlineData("%-08x", "x", "ignores the '-' flag and aligns right, padding with zeros")]
    public async Task HvmloaderUnderstandsButPrintsDifferently(string directive, string argument, string effect)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M(uint x, char c, string s) => Log.Printf("{|#0:{{directive}}|}\n", {|#1:{{argument}}|});
            }
            """,
            VerifyFG.Diagnostic("FG0002").WithLocation(0).WithLocation(1).WithArguments($"`{directive}`", "hvmloader", effect));
    }

    [Theory]
    [InlineData("%d %u %o %x %X %ld %lu %lo %lx %lX", "-1, 2u, 8, 255, 255, 1, 2u, 8, 255, 255")]
    [InlineData("%5d %05u %-d %08x %0X %10o", "-1, 2u, 3, 255, 255, 8")]
    [InlineData("%s %5s %-5s %-s %c %-c", "s, s, s, s, c, c")]
    [InlineData("100%% of %x", "255")]
    [InlineData("no directives at all", "")]
    public async Task WhatHvmloaderPrintsLikeCIsNotFlagged(string format, string arguments)
    {
        var tail = arguments.Length == 0 ? string.Empty : ", " + arguments;
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M(string s, char c) => Log.Printf("{{format}}\n"{{tail}});
            }
            """);
    }

    [Theory]
    [InlineData("%o", "prints the text '%o' and consumes no argument")]
    [InlineData("%i", "prints the text '%i' and consumes no argument")]
    [InlineData("%-5x", "prints the text '%-5x' and consumes no argument")]
    [InlineData("%.3x", "drops '%.', prints the text '3x' and consumes no argument")]
    [InlineData("%5d", "ignores the width")]
    [InlineData("%5u", "ignores the width")]
    [InlineData("%8s", "ignores the width")]
    [InlineData("%lld", "reads 64 bits but prints only the low 32")]
    [InlineData("%llu", "reads 64 bits but prints only the low 32")]
    public async Task SeabiosThroughAShimThatNamesIt(string directive, string effect)
    {
        var argument = directive.StartsWith("%ll", System.StringComparison.Ordinal) ? "wide" : directive == "%8s" ? "s" : "x";
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M(uint x, ulong wide, string s) => Log.Dprintf("{|#0:{{directive}}|}\n", {|#1:{{argument}}|});
            }
            """,
            VerifyFG.Diagnostic("FG0002").WithLocation(0).WithLocation(1).WithArguments($"`{directive}`", "seabios", effect));
    }

    [Fact]
    public async Task SeabiosPrintsTheWholeStringDespiteAPrecision()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(string s) => Log.Dprintf("{|#0:%.s|}\n", {|#1:s|});
            }
            """,
            VerifyFG.Diagnostic("FG0002").WithLocation(0).WithLocation(1).WithArguments("`%.s`", "seabios", "ignores the precision and prints the whole string"));
    }

    [Fact]
    public async Task WhatSeabiosPrintsLikeCIsNotFlagged()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(uint x, int d, ulong v, string s, char c) =>
                    Log.Dprintf("%d %u %x %08x %lx %llx %016llx %p %s %c %ld %%\n", d, x, x, x, x, v, v, x, s, c, d);
            }
            """);
    }

    [Fact]
    public async Task TheAttributeNamesItsDialectByPositionOrByName()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            static class Bios
            {
                [PrintfShim("SeaBIOS")] public static void Positional(string format, params object?[] args) { }
                [PrintfShim(Dialect = "seabios")] public static void Named(string format, params object?[] args) { }
            }

            class C
            {
                void M(ulong v, uint x)
                {
                    Bios.Positional("%llx {|#0:%o|}\n", v, {|#1:x|});
                    Bios.Named("%llx {|#2:%o|}\n", v, {|#3:x|});
                }
            }
            """,
            VerifyFG.Diagnostic("FG0002").WithLocation(0).WithLocation(1).WithArguments("`%o`", "seabios", "prints the text '%o' and consumes no argument"),
            VerifyFG.Diagnostic("FG0002").WithLocation(2).WithLocation(3).WithArguments("`%o`", "seabios", "prints the text '%o' and consumes no argument"));
    }

    [Fact]
    public async Task SeabiosPrintsUpperCaseHexAndPciDevices()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(ushort vendor, ulong address, uint device)
                {
                    Log.Dprintf("vendor %04X\n", vendor);
                    Log.Dprintf("at %016llX\n", address);
                    Log.Dprintf("dev %pP: vendor %lX\n", device, vendor);
                }
            }
            """);
    }

    [Fact]
    public async Task AShimOfAnUnknownDialectIsNotChecked()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            static class Uart
            {
                [PrintfShim({|FG0903:"no-such-printer"|})] public static void Printf(string format, params object?[] args) { }
            }

            class C
            {
                void M(ulong v) => Uart.Printf("%llx %p\n", v);
            }
            """);
    }

    [Fact]
    public async Task TheEditorConfigDialectAppliesToShimsThatNameNone()
    {
        var test = new AnalyzerTest
        {
            TestCode = """
                using Demo;
                class C
                {
                    void M(ulong v, uint x)
                    {
                        Log.Printf("%llx\n", v);
                        Log.Printf("{|#0:%o|}\n", {|#1:x|});
                    }
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true
            [*.cs]
            firmwareguard.dialect = seabios
            """));
        test.ExpectedDiagnostics.Add(
            VerifyFG.Diagnostic("FG0002").WithLocation(0).WithLocation(1).WithArguments("`%o`", "seabios", "prints the text '%o' and consumes no argument"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AShimThatNamesItsDialectKeepsIt()
    {
        var test = new AnalyzerTest
        {
            TestCode = """
                using Demo;
                class C
                {
                    void M(ulong v) => Log.Dprintf("%llx\n", v);
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true
            [*.cs]
            firmwareguard.dialect = hvmloader
            """));
        await test.RunAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("M:Demo.Log.Plain(System.String,System.Object[])")]
    [InlineData("Demo.Log.Plain")]
    [InlineData("Other.Thing, Demo.Log.Plain ;Else.Where")]
    public async Task ShimsNamedInEditorConfig(string shims)
    {
        var test = new AnalyzerTest
        {
            TestCode = """
                using Demo;
                class C
                {
                    void M(ulong v) => Log.Plain("{|#0:%llx|}\n", {|#1:v|});
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"""
            root = true
            [*.cs]
            firmwareguard.printf_shims = {shims}
            """));
        test.ExpectedDiagnostics.Add(
            VerifyFG.Diagnostic("FG0002").WithLocation(0).WithLocation(1).WithArguments("`%llx`", "hvmloader", "drops '%l', prints the text 'lx' and consumes no argument"));
        await test.RunAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("")]
    [InlineData("firmwareguard.printf_shims = Demo.Log.Printf")]
    [InlineData("firmwareguard.printf_shims = M:Demo.Log.Plain(System.String)")]
    public async Task AMethodNeitherMarkedNorNamedIsNotAShim(string setting)
    {
        var test = new AnalyzerTest
        {
            TestCode = """
                using Demo;
                class C
                {
                    void M(ulong v) => Log.Plain("%llx\n", v);
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", $"""
            root = true
            [*.cs]
            {setting}
            """));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task TheSpanLandsOnTheDirectiveThroughEscapes()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(ulong v) => Log.Printf("a\tb\\c\"q\" \x41 \u0042 \U00000043 {|#0:%llx|}\n", {|#1:v|});
            }
            """,
            VerifyFG.Diagnostic("FG0002").WithLocation(0).WithLocation(1).WithArguments("`%llx`", "hvmloader", "drops '%l', prints the text 'lx' and consumes no argument"));
    }

    [Fact]
    public async Task TheSpanLandsOnTheDirectiveInVerbatimAndRawStrings()
    {
        await VerifyFG.Analyzer(""""
            using Demo;
            class C
            {
                void M(ulong v, uint x)
                {
                    Log.Printf(@"a ""q"" \t {|#0:%llx|}
            ", {|#1:v|});
                    Log.Printf("""a "q" \t {|#2:%hx|}""" + "\n", {|#3:x|});
                    Log.Printf("""
                        first line
                          "indented" {|#4:%zu|}

                        """, {|#5:x|});
                }
            }
            """",
            VerifyFG.Diagnostic("FG0002").WithLocation(0).WithLocation(1).WithArguments("`%llx`", "hvmloader", "drops '%l', prints the text 'lx' and consumes no argument"),
            VerifyFG.Diagnostic("FG0002").WithLocation(2).WithLocation(3).WithArguments("`%hx`", "hvmloader", "drops '%', prints the text 'hx' and consumes no argument"),
            VerifyFG.Diagnostic("FG0002").WithLocation(4).WithLocation(5).WithArguments("`%zu`", "hvmloader", "drops '%', prints the text 'zu' and consumes no argument"));
    }

    [Fact]
    public async Task TheSpanLandsOnTheDirectiveInConstantInterpolatedStrings()
    {
        await VerifyFG.Analyzer(""""
            using Demo;
            class C
            {
                const string Prefix = "pci: ";

                void M(ulong v, uint x)
                {
                    Log.Printf($"{Prefix}\t{{{|#0:%llx|}}}\n", {|#1:v|});
                    Log.Printf($@"{Prefix}""{|#2:%hx|}""
            ", {|#3:x|});
                    Log.Printf($"""
                        {Prefix}
                          {|#4:%zu|}

                        """, {|#5:x|});
                }
            }
            """",
            VerifyFG.Diagnostic("FG0002").WithLocation(0).WithLocation(1).WithArguments("`%llx`", "hvmloader", "drops '%l', prints the text 'lx' and consumes no argument"),
            VerifyFG.Diagnostic("FG0002").WithLocation(2).WithLocation(3).WithArguments("`%hx`", "hvmloader", "drops '%', prints the text 'hx' and consumes no argument"),
            VerifyFG.Diagnostic("FG0002").WithLocation(4).WithLocation(5).WithArguments("`%zu`", "hvmloader", "drops '%', prints the text 'zu' and consumes no argument"));
    }

    [Fact]
    public async Task TheSpanLandsOnTheDirectiveAcrossAConcatenation()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                const string Register = "reg %02x ";

                void M(uint reg, ulong size) =>
                    Log.Printf(Register + "size " + @"{|#0:%llx|}" + "\n", reg, {|#1:size|});
            }
            """,
            VerifyFG.Diagnostic("FG0002").WithLocation(0).WithLocation(1).WithArguments("`%llx`", "hvmloader", "drops '%l', prints the text 'lx' and consumes no argument"));
    }

    [Fact]
    public async Task AConstantFromElsewhereIsReportedOnTheWholeExpression()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            static class Formats
            {
                public const string Bar = "size %llx\n";
            }

            class C
            {
                void M(ulong size)
                {
                    const string local = "%hx\n";
                    Log.Printf({|#0:Formats.Bar|}, {|#1:size|});
                    Log.Printf({|#2:local|}, {|#3:(ushort)size|});
                    Log.Printf("pci: " + {|#4:Formats.Bar|}, {|#5:size|});
                }
            }
            """,
            VerifyFG.Diagnostic("FG0002").WithLocation(0).WithLocation(1).WithArguments("`%llx`", "hvmloader", "drops '%l', prints the text 'lx' and consumes no argument"),
            VerifyFG.Diagnostic("FG0002").WithLocation(2).WithLocation(3).WithArguments("`%hx`", "hvmloader", "drops '%', prints the text 'hx' and consumes no argument"),
            VerifyFG.Diagnostic("FG0002").WithLocation(4).WithLocation(5).WithArguments("`%llx`", "hvmloader", "drops '%l', prints the text 'lx' and consumes no argument"));
    }

    [Fact]
    public async Task AnUnterminatedStringIsAnalyzedWithoutAnException()
    {
        var test = new AnalyzerTest
        {
            TestCode = """
                using Demo;
                class C
                {
                    void M(ulong v)
                    {
                        Log.Printf({|#1:"size {|#0:%llx|}\n, v);|}
                    }
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        test.ExpectedDiagnostics.Add(VerifyFG.Diagnostic("FG0104").WithLocation(1).WithArguments("`\"size %llx\\n, v);`", "`M`", "the Xen console"));
        test.ExpectedDiagnostics.Add(VerifyFG.Diagnostic("FG0002").WithLocation(0).WithArguments("`%llx`", "hvmloader", "drops '%l', prints the text 'lx' and consumes no argument"));
        await test.RunAsync(CancellationToken.None);
    }
}
