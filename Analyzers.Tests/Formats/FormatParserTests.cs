using System;
using System.Linq;
using FirmwareGuard.Formats;
using Xunit;

namespace FirmwareGuard.Tests.Formats;

/// <summary>The C-standard directive grammar: fields and exact offsets.</summary>
public class FormatParserTests
{
    [Fact]
    public void TheBarLineOf2013()
    {
        var parsed = FormatParser.Parse("pci dev %02x:%x bar %02x size %llx: %08x\n");

        Assert.Equal(new[] { "%02x", "%x", "%02x", "%llx", "%08x" }, parsed.Directives.Select(d => d.Text));
        Assert.Equal(new[] { 8, 13, 20, 30, 36 }, parsed.Directives.Select(d => d.Start));
        Assert.Equal(new[] { 4, 2, 4, 4, 4 }, parsed.Directives.Select(d => d.Length));
        Assert.Equal(
            new[] { (0, 8), (12, 1), (15, 5), (24, 6), (34, 2), (40, 1) },
            parsed.LiteralRuns.ToArray());
    }

    [Theory]
    [InlineData("%d", "", null, false, "", 'd')]
    [InlineData("%08llx", "0", 8, false, "ll", 'x')]
    [InlineData("%-5s", "-", 5, false, "", 's')]
    [InlineData("%-08lX", "-0", 8, false, "l", 'X')]
    [InlineData("%+ #0'd", "+ #0'", null, false, "", 'd')]
    [InlineData("%.3x", "", null, true, "", 'x')]
    [InlineData("%10.4f", "", 10, true, "", 'f')]
    [InlineData("%.s", "", null, true, "", 's')]
    [InlineData("%hhu", "", null, false, "hh", 'u')]
    [InlineData("%hd", "", null, false, "h", 'd')]
    [InlineData("%zu", "", null, false, "z", 'u')]
    [InlineData("%jd", "", null, false, "j", 'd')]
    [InlineData("%td", "", null, false, "t", 'd')]
    [InlineData("%Lf", "", null, false, "L", 'f')]
    [InlineData("%qd", "", null, false, "q", 'd')]
    [InlineData("%p", "", null, false, "", 'p')]
    [InlineData("%y", "", null, false, "", 'y')]
    [InlineData("%lll", "", null, false, "ll", 'l')]
    public void Fields(string text, string flags, int? width, bool hasPrecision, string length, char conversion)
    {
        var directive = Assert.Single(FormatParser.Parse(text).Directives);

        Assert.Equal(0, directive.Start);
        Assert.Equal(text.Length, directive.Length);
        Assert.Equal(text, directive.Text);
        Assert.Equal(flags, directive.Flags);
        Assert.Equal(width, directive.Width);
        Assert.Equal(hasPrecision, directive.HasPrecision);
        Assert.Equal(length, directive.LengthModifier);
        Assert.Equal(conversion, directive.Conversion);
        Assert.False(directive.IsPositional);
        Assert.False(directive.IsTruncated);
        Assert.Equal(1, directive.ArgumentCount);
    }

    [Theory]
    [InlineData("%*d", true, false, 2)]
    [InlineData("%.*s", false, true, 2)]
    [InlineData("%*.*x", true, true, 3)]
    [InlineData("%-*d", true, false, 2)]
    public void StarsTakeArgumentsOfTheirOwn(string text, bool widthFromArgument, bool precisionFromArgument, int argumentCount)
    {
        var directive = Assert.Single(FormatParser.Parse(text).Directives);

        Assert.Equal(text, directive.Text);
        Assert.Equal(widthFromArgument, directive.WidthFromArgument);
        Assert.Equal(precisionFromArgument, directive.PrecisionFromArgument);
        Assert.Equal(argumentCount, directive.ArgumentCount);
        Assert.Null(directive.Width);
    }

    [Theory]
    [InlineData("%1$x")]
    [InlineData("%2$08lx")]
    [InlineData("%1$*2$d")]
    public void PositionalDirectives(string text)
    {
        var directive = Assert.Single(FormatParser.Parse(text).Directives);

        Assert.Equal(text, directive.Text);
        Assert.True(directive.IsPositional);
    }

    [Fact]
    public void PercentSigns()
    {
        var parsed = FormatParser.Parse("100%% and %5% then %%d");

        Assert.Equal(new[] { "%%", "%5%", "%%" }, parsed.Directives.Select(d => d.Text));
        Assert.Equal(new[] { true, false, true }, parsed.Directives.Select(d => d.IsEscapedPercent));
        Assert.All(parsed.Directives, d => Assert.Equal(0, d.ArgumentCount));
        Assert.Equal(new[] { (0, 3), (5, 5), (13, 6), (21, 1) }, parsed.LiteralRuns.ToArray());
    }

    [Theory]
    [InlineData("100%", "%", "")]
    [InlineData("size %l", "%l", "l")]
    [InlineData("size %08ll", "%08ll", "ll")]
    [InlineData("%-", "%-", "")]
    [InlineData("%.", "%.", "")]
    public void AFormatThatEndsInsideADirective(string text, string directiveText, string length)
    {
        var directive = FormatParser.Parse(text).Directives.Last();

        Assert.Equal(directiveText, directive.Text);
        Assert.Equal(text.Length, directive.End);
        Assert.True(directive.IsTruncated);
        Assert.Equal('\0', directive.Conversion);
        Assert.Equal(length, directive.LengthModifier);
        Assert.Equal(0, directive.ArgumentCount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("no directives\n")]
    public void TextWithoutDirectives(string text)
    {
        var parsed = FormatParser.Parse(text);

        Assert.Empty(parsed.Directives);
        Assert.Equal(text.Length == 0 ? Array.Empty<(int, int)>() : new[] { (0, text.Length) }, parsed.LiteralRuns.ToArray());
    }

    [Fact]
    public void AHugeWidthIsReadWithoutOverflow()
    {
        var directive = Assert.Single(FormatParser.Parse("%99999999999999999999d").Directives);

        Assert.True(directive.Width > 0);
        Assert.Equal('d', directive.Conversion);
    }

    [Fact]
    public void DirectivesAndLiteralRunsTileAnyText()
    {
        // Random texts over an alphabet dense in directive characters.
        foreach (var format in RandomFormats.Over("%%%%dxsl.*0123456789-+ #'$hzjLqX\n", 2000))
        {
            RandomFormats.AssertTiles(format, FormatParser.Parse(format));
        }
    }
}
