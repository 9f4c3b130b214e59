using System.Linq;
using FirmwareGuard.Dialects;
using FirmwareGuard.Formats;
using Xunit;

namespace FirmwareGuard.Tests.Formats;

/// <summary>The dialect file format: what it accepts, and each error with its line.</summary>
public class DialectFileTests
{
    private const string Minimal = """
        [tiny]
        unknown = print-character
        x = hex 1 32
        """;

    private static string[] Errors(string text) =>
        DialectFile.Parse(text).Errors.Select(e => e.ToString()).ToArray();

    [Fact]
    public void TheBuiltInTableParsesWithoutErrors()
    {
        var result = DialectFile.Parse(BuiltInDialects.Text);

        Assert.Empty(result.Errors);
        Assert.Equal(new[] { "hvmloader", "seabios", "edk2-ia32", "edk2-x64" }, result.Dialects.Select(d => d.Name));
        Assert.Equal(new[] { "hvmloader", "seabios", "edk2-ia32", "edk2-x64" }, BuiltInDialects.All.Select(d => d.Name));
        Assert.All(result.Dialects, d => Assert.NotEmpty(d.Description));
    }

    [Fact]
    public void AFileThatSaysNothingOfTheNewerSettingsDescribesAnOrderedFourByteSlotPrinter()
    {
        var dialect = Assert.Single(DialectFile.Parse("[uart]\nflags = -0\nlengths = l\nunknown = print-character\nx = hex 1 32 width zero\nlx = hex 1 32 width zero\n").Dialects);

        Assert.Equal(4, dialect.SlotBytes);
        Assert.False(dialect.AnyOrder);
        Assert.False(dialect.HexCaseIsCosmetic);
        Assert.False(dialect.PrecisionPadsStrings);
        Assert.False(dialect.PointerArguments);
        Assert.Equal(2, dialect.Analyze("%lx %x").SlotsRead);
        Assert.Equal(DirectiveVerdict.Unsupported, dialect.Analyze("%*x").Directives.Single().Behavior.Verdict);
    }

    [Fact]
    public void AUserDialectReadsLikeABuiltInOne()
    {
        var result = DialectFile.Parse("""
            # A 64-bit port of the same printer: 'l' reads a whole 64-bit slot pair.
            ; comments start with '#' or ';'
            [port64]
            description = hvmloader built for x86_64
            flags = -0
            lengths = l
            unknown = print-character
            sign-before-padding = yes

            x  = hex 1 32 width zero
            lx = hex 2 64 width zero
            s  = string 1 32 width left
            """);

        Assert.Empty(result.Errors);
        var dialect = Assert.Single(result.Dialects);
        Assert.Equal("port64", dialect.Name);
        Assert.Equal("hvmloader built for x86_64", dialect.Description);
        Assert.True(dialect.HasSixtyFourBitConversion);
        Assert.Equal(3, dialect.Conversions.Count);

        var format = dialect.Analyze("%08lx %-5s %u");
        Assert.Equal(new[] { DirectiveVerdict.Faithful, DirectiveVerdict.Faithful, DirectiveVerdict.Unsupported }, format.Directives.Select(d => d.Behavior.Verdict));
        Assert.Equal(new[] { 0, 2, 3 }, format.Directives.Select(d => d.FirstSlot));
        Assert.Equal("drops '%', prints the text 'u' and consumes no argument", format.Directives[2].Behavior.Effect);
    }

    [Fact]
    public void WindowsLineEndingsAndDefaults()
    {
        var result = DialectFile.Parse("[tiny]\r\nunknown = print-percent\r\nd = signed 1 32\r\n");

        Assert.Empty(result.Errors);
        var dialect = Assert.Single(result.Dialects);
        Assert.Equal(string.Empty, dialect.FlagOrder);
        Assert.Empty(dialect.LengthModifiers);
        Assert.False(dialect.SignBeforePadding);
        Assert.Equal(UnknownConversionPolicy.PrintPercent, dialect.UnknownPolicy);
        Assert.Equal("prints the text '%+d' and consumes no argument", dialect.Interpret(FormatParser.Parse("%+d").Directives[0]).Effect);
        Assert.Equal("ignores the width", dialect.Interpret(FormatParser.Parse("%5d").Directives[0]).Effect);
    }

    [Fact]
    public void TheConsoleLineEndsAndMessageLimitDefaultToAPlainConsole()
    {
        var dialect = Assert.Single(DialectFile.Parse(Minimal).Dialects);

        Assert.Equal("the console", dialect.Console);
        Assert.Null(dialect.MessageLimit);
        Assert.Equal("\n", dialect.LineEnd);
        Assert.Equal("a\n\rb\r", dialect.Written("a\n\rb\r"));
    }

    [Fact]
    public void TheConsoleLineEndsAndMessageLimitAreRead()
    {
        var dialect = Assert.Single(DialectFile.Parse("""
            [uefi-port]
            unknown = print-character
            console = the board's UART
            newline = crlf
            message-limit = 511
            x = hex 1 32
            """).Dialects);

        Assert.Equal("the board's UART", dialect.Console);
        Assert.Equal(511, dialect.MessageLimit);
        Assert.Equal("\r\n", dialect.LineEnd);
    }

    [Theory]
    [InlineData("hvmloader", "the Xen console", null)]
    [InlineData("seabios", "the debug port or serial console", null)]
    [InlineData("edk2-ia32", "DEBUG()'s serial output", 255)]
    [InlineData("edk2-x64", "DEBUG()'s serial output", 255)]
    public void EachBuiltInDialectNamesItsConsoleAndLimit(string name, string console, int? limit)
    {
        Assert.True(DialectSet.BuiltIn.TryGet(name, out var dialect));

        Assert.Equal(console, dialect.Console);
        Assert.Equal(limit, dialect.MessageLimit);
    }

    [Theory]
    [InlineData("done\n", "done\r\n")]
    [InlineData("done\n\r", "done\r\n")]
    [InlineData("done\r\n", "done\r\n")]
    [InlineData("50%\rdone", "50%\rdone")]
    [InlineData("a\n\r\nb", "a\r\n\r\nb")]
    [InlineData("a\r\n\rb\r", "a\r\n\rb\r")]
    [InlineData("\n\n", "\r\n\r\n")]
    public void Edk2WritesEveryLineEndAsCrLf(string literal, string written)
    {
        Assert.True(DialectSet.BuiltIn.TryGet("edk2-x64", out var edk2));
        Assert.True(DialectSet.BuiltIn.TryGet("hvmloader", out var hvmloader));

        Assert.Equal(written, edk2.Written(literal));
        Assert.Equal(literal, hvmloader.Written(literal));
    }

    [Fact]
    public void ALengthModifierOfCCanBeAConversionOfTheDialect()
    {
        // A printer with a conversion 'h' reads "%h%" as %h followed by a new directive at the '%'.
        var dialect = Assert.Single(DialectFile.Parse("[odd]\nunknown = print-character\nh = hex 1 32\n").Dialects);

        var behavior = dialect.Interpret(Assert.Single(FormatParser.Parse("%h%").Directives));

        Assert.Equal(DirectiveVerdict.Malformed, behavior.Verdict);
        Assert.Equal("C gives '%' no flags, width or length (only '%%' is a directive); odd's printf reads '%h' as a directive, then the last '%' starts another", behavior.Effect);
    }

    [Fact]
    public void ASectionWithErrorsIsDroppedAndTheOthersKept()
    {
        var result = DialectFile.Parse("""
            [good]
            unknown = print-character
            d = signed 1 32
            [bad]
            unknown = print-character
            d = signed 3 32
            u = unsigned 1 32
            """);

        Assert.Equal("good", Assert.Single(result.Dialects).Name);
        Assert.Equal(6, Assert.Single(result.Errors).Line);
    }

    [Theory]
    [InlineData("[two words]\nunknown = print-character\nx = hex 1 32", "line 1: '[two words]' is not a section header: write [name], with letters, digits, '-', '_' or '.'")]
    [InlineData("[]\nx = hex 1 32", "line 1: '[]' is not a section header: write [name], with letters, digits, '-', '_' or '.'")]
    [InlineData("[tiny\nx = hex 1 32", "line 1: '[tiny' is not a section header: write [name], with letters, digits, '-', '_' or '.'")]
    [InlineData("[tiny]\nunknown = print-character\n\nhex 1 32\nx = hex 1 32", "line 4: 'hex 1 32' is not 'key = value'")]
    [InlineData("[tiny]\nunknown = print-character\n= hex 1 32\nx = hex 1 32", "line 3: '= hex 1 32' is not 'key = value'")]
    [InlineData("[tiny]\nunknown = print-character\nx = hex 1 32\nx = hex 1 32", "line 4: 'x' is given twice in [tiny]")]
    [InlineData("[tiny]\nflags = +\nunknown = print-character\nx = hex 1 32", "line 2: flags '+': '+', ' ' and ',' need grammar = any-order")]
    [InlineData("[tiny]\nflags = 00\nunknown = print-character\nx = hex 1 32", "line 2: flags '00': only '-', '0', '+', ' ' and ',' can be given, each once, in the order the printer reads them")]
    [InlineData("[tiny]\nlengths = l w\nunknown = print-character\nx = hex 1 32", "line 2: length modifier 'w' is not one of l ll h hh z j t L q")]
    [InlineData("[tiny]\nunknown = print-text\nx = hex 1 32", "line 2: unknown = 'print-text': write print-character, print-character-padded, print-percent")]
    [InlineData("[tiny]\nx = hex 1 32", "line 1: [tiny] does not say what the printer does with an unknown conversion (unknown = print-character | print-character-padded | print-percent)")]
    [InlineData("[tiny]\nunknown = print-character\nsign-before-padding = maybe\nx = hex 1 32", "line 3: sign-before-padding = 'maybe': write yes or no")]
    [InlineData("[tiny]\nunknown = print-character", "line 1: [tiny] lists no conversions")]
    [InlineData("[tiny]\nunknown = print-character\nx = hexadecimal 1 32\nd = signed 1 32", "line 3: 'x = hexadecimal 1 32': write KIND SLOTS BITS [options], KIND one of signed unsigned octal hex HEX char string narrow-string pointer guid time status nothing, SLOTS 0-2, BITS up to 32 per slot")]
    [InlineData("[tiny]\nunknown = print-character\nx = hex 3 32\nd = signed 1 32", "line 3: 'x = hex 3 32': write KIND SLOTS BITS [options], KIND one of signed unsigned octal hex HEX char string narrow-string pointer guid time status nothing, SLOTS 0-2, BITS up to 32 per slot")]
    [InlineData("[tiny]\nunknown = print-character\nx = hex 1 64\nd = signed 1 32", "line 3: 'x = hex 1 64': write KIND SLOTS BITS [options], KIND one of signed unsigned octal hex HEX char string narrow-string pointer guid time status nothing, SLOTS 0-2, BITS up to 32 per slot")]
    [InlineData("[tiny]\nunknown = print-character\nx = hex 1 24\nd = signed 1 32", "line 3: 'x = hex 1 24': write KIND SLOTS BITS [options], KIND one of signed unsigned octal hex HEX char string narrow-string pointer guid time status nothing, SLOTS 0-2, BITS up to 32 per slot")]
    [InlineData("[tiny]\nunknown = print-character\nx = hex\nd = signed 1 32", "line 3: 'x = hex': write KIND SLOTS BITS [options], KIND one of signed unsigned octal hex HEX char string narrow-string pointer guid time status nothing, SLOTS 0-2, BITS up to 32 per slot")]
    [InlineData("[tiny]\nunknown = print-character\nx = hex 1 32 wide\nd = signed 1 32", "line 3: 'wide' in 'x': the options are width, left, zero, precision, plus, space, forced-zero, comma")]
    [InlineData("[tiny]\nunknown = print-character\nx = nothing 1 32\nd = signed 1 32", "line 3: 'x': only 'nothing' reads 0 slots, and it reads no others")]
    [InlineData("[tiny]\nunknown = print-character\nx = hex 0 0\nd = signed 1 32", "line 3: 'x': only 'nothing' reads 0 slots, and it reads no others")]
    [InlineData("[tiny]\nunknown = print-character\nllx = hex 2 64\nd = signed 1 32", "line 3: 'llx' is not a setting (description, flags, lengths, unknown, sign-before-padding, slot-bytes, grammar, precision, star, hex-case, pointer-arguments, console, newline, message-limit, precision-pads-strings) or a conversion: write an optional declared length modifier and one conversion character, e.g. 'x' or 'lx', or '.' and a letter, e.g. '.s', or a letter and an upper-case letter the printer reads with it, e.g. 'pP'")]
    [InlineData("[tiny]\nunknown = print-character\n5 = hex 1 32\nd = signed 1 32", "line 3: '5' is not a setting (description, flags, lengths, unknown, sign-before-padding, slot-bytes, grammar, precision, star, hex-case, pointer-arguments, console, newline, message-limit, precision-pads-strings) or a conversion: write an optional declared length modifier and one conversion character, e.g. 'x' or 'lx', or '.' and a letter, e.g. '.s', or a letter and an upper-case letter the printer reads with it, e.g. 'pP'")]
    [InlineData("[tiny]\nunknown = print-character\n% = hex 1 32\nd = signed 1 32", "line 3: '%' is not a setting (description, flags, lengths, unknown, sign-before-padding, slot-bytes, grammar, precision, star, hex-case, pointer-arguments, console, newline, message-limit, precision-pads-strings) or a conversion: write an optional declared length modifier and one conversion character, e.g. 'x' or 'lx', or '.' and a letter, e.g. '.s', or a letter and an upper-case letter the printer reads with it, e.g. 'pP'")]
    [InlineData("[tiny]\nunknown = print-character\n.5 = string 1 32\nd = signed 1 32", "line 3: '.5' is not a setting (description, flags, lengths, unknown, sign-before-padding, slot-bytes, grammar, precision, star, hex-case, pointer-arguments, console, newline, message-limit, precision-pads-strings) or a conversion: write an optional declared length modifier and one conversion character, e.g. 'x' or 'lx', or '.' and a letter, e.g. '.s', or a letter and an upper-case letter the printer reads with it, e.g. 'pP'")]
    [InlineData("[tiny]\nunknown = print-character\nconsole =\nx = hex 1 32", "line 3: console: name where the printer's lines go in one line of text, e.g. 'the serial console'")]
    [InlineData("[tiny]\nunknown = print-character\nconsole = the\tUART\nx = hex 1 32", "line 3: console: name where the printer's lines go in one line of text, e.g. 'the serial console'")]
    [InlineData("[tiny]\nunknown = print-character\nnewline = cr\nx = hex 1 32", "line 3: newline = 'cr': write as-written or crlf")]
    [InlineData("[tiny]\nunknown = print-character\nmessage-limit = 0\nx = hex 1 32", "line 3: message-limit = '0': write the most characters of a message the output keeps, a whole number above 0")]
    [InlineData("[tiny]\nunknown = print-character\nmessage-limit = -5\nx = hex 1 32", "line 3: message-limit = '-5': write the most characters of a message the output keeps, a whole number above 0")]
    [InlineData("[tiny]\nunknown = print-character\nmessage-limit = 255 bytes\nx = hex 1 32", "line 3: message-limit = '255 bytes': write the most characters of a message the output keeps, a whole number above 0")]
    public void EachErrorNamesItsLine(string text, string error)
    {
        Assert.Equal(new[] { error }, Errors(text));
        Assert.Empty(DialectFile.Parse(text).Dialects);
    }

    [Fact]
    public void ASettingBeforeAnySection()
    {
        var result = DialectFile.Parse("x = hex 1 32\n" + Minimal);

        Assert.Equal(new[] { "line 1: a setting before the first [dialect] section" }, result.Errors.Select(e => e.ToString()));
        Assert.Equal("tiny", Assert.Single(result.Dialects).Name);
    }

    [Fact]
    public void ASectionDefinedTwiceIsReportedAndNotReplaced()
    {
        var result = DialectFile.Parse(Minimal + "\n[Tiny]\nunknown = print-percent\nd = signed 1 32\n");

        Assert.Equal(new[] { "line 4: dialect 'Tiny' is defined twice" }, result.Errors.Select(e => e.ToString()));
        var dialect = Assert.Single(result.Dialects);
        Assert.Equal(UnknownConversionPolicy.PrintCharacter, dialect.UnknownPolicy);
    }

    [Fact]
    public void TheSettingsOfABadSectionAreNotReportedAgain()
    {
        Assert.Equal(
            new[] { "line 1: '[bad name]' is not a section header: write [name], with letters, digits, '-', '_' or '.'" },
            Errors("[bad name]\nunknown = print-character\nx = hex 1 32\n" + Minimal).Take(1));
        Assert.Single(Errors("[bad name]\nunknown = print-character\nx = hex 1 32\n" + Minimal));
        Assert.Equal("tiny", Assert.Single(DialectFile.Parse("[bad name]\nx = hex 1 32\n" + Minimal).Dialects).Name);
    }
}
