using System.Threading.Tasks;
using Xunit;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer>;

namespace FirmwareGuard.Tests.Rules;

/// <summary>FG0009: a message longer than what EDK2's serial DEBUG() keeps (255 characters).</summary>
public class MessageTooLongTests
{
    private const string Shims = """

        static class Uefi
        {
            [PrintfShim("edk2-x64")] public static void Debug(string format, params object?[] args) { }
            [PrintfShim("edk2-ia32")] public static void Debug32(string format, params object?[] args) { }
            [PrintfShim("edk2-x64")] public static string Sprint(string format, params object?[] args) => format;
        }
        """;

    /// <summary>A run of text that prints as many characters as it has.</summary>
    private static string Text(int characters) => new('a', characters);

    /// <summary>The format as the message quotes it: its first 38 characters after the quote, then an ellipsis.</summary>
    private static string Quoted(string format) => "`\"" + format[..38] + "…`";

    private static Task Verify(string body, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected) => VerifyFG.Analyzer($$"""
        using System;
        using Demo;
        class C
        {
            const string DriverName = "{{Text(250)}}";

            void M(int number, uint unsigned, long wide, ulong wideUnsigned, byte small, string name, nuint width, Guid guid, DateTime time, ulong status, byte[] buffer)
            {
                {{body}}
            }
        }
        {{Shims}}
        """, expected);

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Diagnostic(string quoted, string bound, int characters) =>
        VerifyFG.Diagnostic("FG0009").WithLocation(0).WithArguments(
            quoted, bound, characters.ToString(System.Globalization.CultureInfo.InvariantCulture), "edk2-x64", "DEBUG()'s serial output", "255");

    /// <summary>Text before the directive makes the message 256 characters with the directive at its longest: reported; one less fits.</summary>
    private static Task VerifyOneCharacterTooMany(string directive, string arguments, int characters)
    {
        var over = Text(256 - 2 - characters) + directive + "\\n";
        var fits = Text(255 - 2 - characters) + directive + "\\n";
        return Verify(
            $$"""
            Uefi.Debug({|#0:"{{over}}"|}{{arguments}});
                    Uefi.Debug("{{fits}}"{{arguments}});
            """,
            Diagnostic(Quoted(over), "up to", 256));
    }

    [Fact]
    public void TheMessageSaysWhatThePrinterPrintsAndWhatTheOutputKeeps()
    {
        var descriptor = Meta.AnalyzerCatalog.Descriptor("FG0009");

        Assert.Equal(
            "`\"aaa…\"` can print up to 301 characters on edk2-x64's printf; DEBUG()'s serial output keeps only the first 255",
            string.Format(System.Globalization.CultureInfo.InvariantCulture, descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture), "`\"aaa…\"`", "up to", "301", "edk2-x64", "DEBUG()'s serial output", "255"));
    }

    [Fact]
    public async Task ALongLiteral()
    {
        var format = Text(299) + "\\n";
        await Verify($$"""Uefi.Debug({|#0:"{{format}}"|});""", Diagnostic(Quoted(format), "up to", 301));
    }

    [Fact]
    public async Task IntegersCountTheirLongestValue()
    {
        // 230 + 11 (-2147483648) + 1 + 26 (-9,223,372,036,854,775,808) + 2 ("\r\n").
        var format = Text(230) + "%d %,ld\\n";
        await Verify($$"""Uefi.Debug({|#0:"{{format}}"|}, number, wide);""", Diagnostic(Quoted(format), "up to", 270));
    }

    [Theory]
    [InlineData("%d", "number", 11)]
    [InlineData("%u", "unsigned", 10)]
    [InlineData("%,d", "number", 14)]
    [InlineData("%,u", "unsigned", 13)]
    [InlineData("%+u", "unsigned", 10)]
    [InlineData("%x", "unsigned", 8)]
    [InlineData("%08X", "unsigned", 8)]
    [InlineData("%.12d", "number", 13)]
    [InlineData("%,.12d", "number", 14)]
    [InlineData("%20d", "number", 20)]
    [InlineData("%-20x", "unsigned", 20)]
    [InlineData("%c", "unsigned", 1)]
    [InlineData("%5c", "unsigned", 5)]
    [InlineData("%ld", "wide", 20)]
    [InlineData("%lu", "wideUnsigned", 20)]
    [InlineData("%,ld", "wide", 26)]
    [InlineData("%,lu", "wideUnsigned", 26)]
    [InlineData("%lx", "wideUnsigned", 16)]
    [InlineData("%p", "buffer", 16)]
    [InlineData("%g", "guid", 36)]
    [InlineData("%t", "time", 17)]
    [InlineData("%r", "status", 24)]
    [InlineData("%.4g", "guid", 4)]
    [InlineData("%40t", "time", 40)]
    public async Task EachDirectiveCountsItsLongestOutput(string directive, string argument, int characters)
    {
        await VerifyOneCharacterTooMany(directive, ", " + argument, characters);
    }

    [Theory]
    // %% prints "%", an unknown character prints itself, padded to the width ("hd", "    y"), and a '+' or
    // a space before a number is printed where C would not print it.
    [InlineData("%%", "", 1)]
    [InlineData("{|FG0002:%hd|}", "", 2)]
    [InlineData("{|FG0002:%5y|}", "", 5)]
    [InlineData("{|FG0002:% u|}", ", unsigned", 11)]
    [InlineData("{|FG0002:%+x|}", ", unsigned", 9)]
    public async Task WhatThePrinterPrintsUnlikeCCountsAsPrinted(string directive, string arguments, int characters)
    {
        await VerifyOneCharacterTooMany(directive, arguments, characters);
    }

    [Fact]
    public async Task APointerPrintsEightDigitsOnIa32AndSixteenOnX64()
    {
        // 238 + 8 + 2 fits on IA32; 238 + 16 + 2 does not on X64.
        var format = Text(238) + "%p\\n";
        await Verify(
            $$"""
            Uefi.Debug32("{{format}}", buffer);
                    Uefi.Debug({|#0:"{{format}}"|}, buffer);
            """,
            Diagnostic(Quoted(format), "up to", 256));
    }

    [Fact]
    public async Task EachNewlinePrintsAsTwoCharacters()
    {
        // 253 characters as written; EDK2 writes each of the three '\n' as "\r\n".
        var format = Text(250) + "\\n\\n\\n";
        await Verify($$"""Uefi.Debug({|#0:"{{format}}"|});""", Diagnostic(Quoted(format), "up to", 256));
    }

    [Fact]
    public async Task CarriageReturnsPairedWithANewlineAreNotCountedTwice()
    {
        // "\n\r" and "\r\n" print as "\r\n", a lone '\r' as itself: 247 + 2 + 2 + 1 + 1 + 2 = 255.
        await Verify($$"""Uefi.Debug("{{Text(247)}}\n\r\r\n\rb\n");""");
    }

    [Fact]
    public async Task ALongLogLineWithItsValues()
    {
        // 230 characters of text, three 32-bit %x of up to 8 digits, a 64-bit %lx of up to 16, and "\r\n".
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(uint bus, uint dev, uint func, ulong baseAddress)
                {
                    Uefi.Debug({|#0:"PciBus: the bridge at %02x:%02x.%x has no I/O window, no 32-bit memory window below 4 GiB and no prefetchable window, so every device behind it is left without resources and its driver fails to start; resources were last assigned from base %lx\n"|}, bus, dev, func, baseAddress);
                }
            }

            static class Uefi
            {
                [PrintfShim("edk2-x64")] public static void Debug(string format, params object?[] args) { }
            }
            """,
            VerifyFG.Diagnostic("FG0009").WithLocation(0).WithArguments(
                "`\"PciBus: the bridge at %02x:%02x.%x has…`", "up to", "272", "edk2-x64", "DEBUG()'s serial output", "255"));
    }

    [Fact]
    public async Task AConstantStringArgumentCountsItsLength()
    {
        // "Driver " + 250 + " failed" + "\r\n".
        await Verify("""Uefi.Debug({|#0:"Driver %s failed\n"|}, DriverName);""",
            VerifyFG.Diagnostic("FG0009").WithLocation(0).WithArguments(
                "`\"Driver %s failed\\n\"`", "up to", "266", "edk2-x64", "DEBUG()'s serial output", "255"));
    }

    [Fact]
    public async Task AChoiceBetweenConstantStringsCountsTheLonger()
    {
        await Verify("""Uefi.Debug({|#0:"%s\n"|}, number > 0 ? DriverName + "!!!!" : "none");""", Diagnostic("`\"%s\\n\"`", "up to", 256));
    }

    [Fact]
    public async Task AStringsPrecisionBoundsIt()
    {
        var format = Text(200) + "%.60s\\n";
        await Verify(
            $$"""
            Uefi.Debug({|#0:"{{format}}"|}, name);
                    Uefi.Debug("{{Text(200)}}%.53s\n", name);
            """,
            Diagnostic(Quoted(format), "up to", 262));
    }

    [Theory]
    [InlineData("%*d", "(nuint)300, number", "(nuint)253, number", 302)]
    [InlineData("%.*s", "(nuint)254, name", "(nuint)253, name", 256)]
    public async Task AConstantStarWidthOrPrecisionIsCounted(string directive, string over, string fits, int characters)
    {
        await Verify(
            $$"""
            Uefi.Debug({|#0:"{{directive}}\n"|}, {{over}});
                    Uefi.Debug("{{directive}}\n", {{fits}});
            """,
            Diagnostic($"`\"{directive}\\n\"`", "up to", characters));
    }

    [Fact]
    public async Task WhatHasNoBoundIsLeftOutAndTheMessageSaysAtLeast()
    {
        // A string of unknown length and a width read from a variable: 250 + 0 + 11 + 2 counted.
        var format = Text(250) + "%s%*d\\n";
        await Verify($$"""Uefi.Debug({|#0:"{{format}}"|}, name, width, number);""", Diagnostic(Quoted(format), "at least", 263));
    }

    [Fact]
    public async Task AMessageOfExactlyTheLimitIsKept()
    {
        await Verify($$"""Uefi.Debug("{{Text(253)}}\n");""");
    }

    [Fact]
    public async Task AStringOfUnknownLengthIsNotGuessed()
    {
        // Only a long name would make it too long.
        await Verify($$"""Uefi.Debug("{{Text(240)}}%s\n", name);""");
    }

    [Fact]
    public async Task AVariableWidthIsNotGuessed()
    {
        await Verify($$"""Uefi.Debug("{{Text(240)}}%*d\n", width, number);""");
    }

    [Fact]
    public async Task ANarrowArgumentCountsItsOwnLargestValue()
    {
        // A byte prints at most 255 (3 digits) or FF: 250 + 3 + 2 fits.
        await Verify($$"""
            Uefi.Debug("{{Text(250)}}%d\n", small);
                    Uefi.Debug("{{Text(251)}}%x\n", small);
                    Uefi.Debug("{{Text(252)}}%d\n", 7);
            """);
    }

    [Fact]
    public async Task AMessageThatFitsIsNotReported()
    {
        await Verify("""Uefi.Debug("Loading driver %a at %p: %r\n", buffer, buffer, status);""");
    }

    [Fact]
    public async Task PrintersWithoutALimitAreNotChecked()
    {
        await Verify($$"""
            Log.Printf("{{Text(400)}}\n");
                    Log.Dprintf("{{Text(400)}} %d\n", number);
            """);
    }

    [Fact]
    public async Task TextReturnedToTheCallerIsNoMessage()
    {
        await Verify($$"""var text = Uefi.Sprint("{{Text(400)}}\n");""");
    }
}
