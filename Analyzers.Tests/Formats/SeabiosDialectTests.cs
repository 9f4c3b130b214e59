using System.Linq;
using FirmwareGuard.Dialects;
using FirmwareGuard.Formats;
using Xunit;

namespace FirmwareGuard.Tests.Formats;

/// <summary>
/// The built-in seabios dialect: bvprintf as docs/dialects.md describes it (src/output.c at 41514a7a),
/// as the table in BuiltInDialects.Text states it.
/// </summary>
public class SeabiosDialectTests
{
    private static readonly Dialect Seabios = Get("seabios");

    private static Dialect Get(string name)
    {
        Assert.True(DialectSet.BuiltIn.TryGet(name, out var dialect));
        return dialect;
    }

    private static DirectiveBehavior Interpret(string directive) =>
        Seabios.Interpret(Assert.Single(FormatParser.Parse(directive).Directives));

    [Fact]
    public void ItsSettings()
    {
        Assert.Equal("0", Seabios.FlagOrder);
        Assert.Equal(new[] { "ll", "l" }, Seabios.LengthModifiers);
        Assert.Equal(UnknownConversionPolicy.PrintPercent, Seabios.UnknownPolicy);
        Assert.False(Seabios.SignBeforePadding);
        Assert.False(Seabios.PrecisionPadsStrings);
        Assert.True(Seabios.HasSixtyFourBitConversion);
        Assert.Same(Seabios, Get("SeaBIOS"));
    }

    [Theory]
    [InlineData("%d", "SignedDecimal", 1)]
    [InlineData("%ld", "SignedDecimal", 1)]
    [InlineData("%0d", "SignedDecimal", 1)]
    [InlineData("%u", "UnsignedDecimal", 1)]
    [InlineData("%lu", "UnsignedDecimal", 1)]
    [InlineData("%x", "Hex", 1)]
    [InlineData("%08x", "Hex", 1)]
    [InlineData("%lx", "Hex", 1)]
    [InlineData("%llx", "Hex", 2)]
    [InlineData("%016llx", "Hex", 2)]
    [InlineData("%X", "HexUpper", 1)]
    [InlineData("%04X", "HexUpper", 1)]
    [InlineData("%lX", "HexUpper", 1)]
    [InlineData("%llX", "HexUpper", 2)]
    [InlineData("%016llX", "HexUpper", 2)]
    [InlineData("%p", "Pointer", 1)]
    [InlineData("%c", "Character", 1)]
    [InlineData("%s", "String", 1)]
    [InlineData("%ls", "String", 1)]
    [InlineData("%lc", "Character", 1)]
    public void WhatItPrintsLikeC(string directive, string kind, int slots)
    {
        var behavior = Interpret(directive);

        Assert.Equal(DirectiveVerdict.Faithful, behavior.Verdict);
        Assert.Equal(kind, behavior.Spec!.Kind.ToString());
        Assert.Equal(slots, behavior.SlotsRead);
    }

    [Theory]
    [InlineData("%lld", 2, "reads 64 bits but prints only the low 32")]
    [InlineData("%llu", 2, "reads 64 bits but prints only the low 32")]
    [InlineData("%5d", 1, "ignores the width")]
    [InlineData("%05d", 1, "ignores the width")]
    [InlineData("%5u", 1, "ignores the width")]
    [InlineData("%8s", 1, "ignores the width")]
    [InlineData("%5c", 1, "ignores the width")]
    [InlineData("%.s", 1, "ignores the precision and prints the whole string")]
    [InlineData("%llp", 1, "reads only 32 of the 64 bits C reads")]
    public void WhatItUnderstandsButPrintsDifferently(string directive, int slots, string effect)
    {
        var behavior = Interpret(directive);

        Assert.Equal(DirectiveVerdict.Deviates, behavior.Verdict);
        Assert.Equal(slots, behavior.SlotsRead);
        Assert.Equal(effect, behavior.Effect);
    }

    [Theory]
    [InlineData("%o", "prints the text '%o' and consumes no argument")]
    [InlineData("%i", "prints the text '%i' and consumes no argument")]
    [InlineData("%hx", "prints the text '%hx' and consumes no argument")]
    [InlineData("%zu", "prints the text '%zu' and consumes no argument")]
    [InlineData("%-5x", "prints the text '%-5x' and consumes no argument")]
    [InlineData("%+d", "prints the text '%+d' and consumes no argument")]
    [InlineData("%#x", "prints the text '%#x' and consumes no argument")]
    [InlineData("%*d", "prints the text '%*d' and consumes no argument")]
    [InlineData("%f", "prints the text '%f' and consumes no argument")]
    [InlineData("%.3x", "drops '%.', prints the text '3x' and consumes no argument")]
    [InlineData("%.d", "drops '%.', prints the text 'd' and consumes no argument")]
    [InlineData("%l.", "prints nothing and consumes no argument")]
    public void WhatItDoesNotUnderstand(string directive, string effect)
    {
        var behavior = Interpret(directive);

        Assert.Equal(DirectiveVerdict.Unsupported, behavior.Verdict);
        Assert.Equal(0, behavior.SlotsRead);
        Assert.Equal(effect, behavior.Effect);
    }

    [Theory]
    [InlineData("%", "the format ends inside the directive; seabios's printf prints the text '%'")]
    [InlineData("%ll", "the format ends inside the directive; seabios's printf prints the text '%ll'")]
    [InlineData("%5%", "C gives '%' no flags, width or length (only '%%' is a directive); seabios's printf prints '%'")]
    [InlineData("%ll%", "C gives '%' no flags, width or length (only '%%' is a directive); seabios's printf prints '%'")]
    [InlineData("%-%", "C gives '%' no flags, width or length (only '%%' is a directive); seabios's printf prints the text '%-', then the last '%' starts a new directive")]
    [InlineData("%.%", "C gives '%' no flags, width or length (only '%%' is a directive); seabios's printf prints nothing, then the last '%' starts a new directive")]
    public void Malformed(string directive, string effect)
    {
        var behavior = Interpret(directive);

        Assert.Equal(DirectiveVerdict.Malformed, behavior.Verdict);
        Assert.Equal(effect, behavior.Effect);
    }

    [Fact]
    public void SixtyFourBitDirectivesMoveTheSlotCursorTwoSlots()
    {
        var format = Seabios.Analyze("%llx %lld %x");

        Assert.Equal(new[] { 0, 2, 4 }, format.Directives.Select(d => d.FirstSlot));
        Assert.Equal(new[] { 0, 1, 2 }, format.Directives.Select(d => d.ValueArgument));
        Assert.Equal(5, format.SlotsRead);
    }

    [Theory]
    [InlineData("dev %pP\n", "%pP")]
    [InlineData("dev %lpP\n", "%lpP")]
    [InlineData("dev %l.s\n", "%l.s")]
    [InlineData("dev %ll.s\n", "%ll.s")]
    public void ReadsALetterPastTheDirectiveCEnds(string format, string directive)
    {
        var analysis = Seabios.Analyze(format);

        var only = Assert.Single(analysis.Directives);
        Assert.Equal(directive, only.Text);
        Assert.Equal(DirectiveVerdict.Faithful, only.Behavior.Verdict);
        Assert.Equal(1, analysis.SlotsRead);
        var (start, length) = analysis.Parsed.LiteralRuns.Last();
        Assert.Equal("\n", format.Substring(start, length));
    }

    [Fact]
    public void APWithoutTheDeviceLetterIsAPointer()
    {
        var analysis = Seabios.Analyze("at %p, %pp\n");

        Assert.Equal(new[] { "%p", "%p" }, analysis.Directives.Select(d => d.Text));
        Assert.Equal(2, analysis.SlotsRead);
    }
}
