using System.Linq;
using FirmwareGuard.Dialects;
using FirmwareGuard.Formats;
using Xunit;

namespace FirmwareGuard.Tests.Formats;

/// <summary>The built-in hvmloader dialect reads directives exactly as _doprint does (docs/hvmloader.md).</summary>
public class HvmloaderDialectTests
{
    private static readonly Dialect Hvmloader = BuiltInDialects.Default;

    private static DirectiveBehavior Interpret(string directive) =>
        Hvmloader.Interpret(Assert.Single(FormatParser.Parse(directive).Directives));

    [Fact]
    public void ItIsTheDefault()
    {
        Assert.Equal("hvmloader", Hvmloader.Name);
        Assert.Equal(BuiltInDialects.DefaultName, Hvmloader.Name);
        Assert.Equal("-0", Hvmloader.FlagOrder);
        Assert.Equal(new[] { "l" }, Hvmloader.LengthModifiers);
        Assert.Equal(UnknownConversionPolicy.PrintCharacter, Hvmloader.UnknownPolicy);
        Assert.True(Hvmloader.SignBeforePadding);
        Assert.False(Hvmloader.HasSixtyFourBitConversion);
    }

    [Theory]
    [InlineData("%d", "SignedDecimal")]
    [InlineData("%u", "UnsignedDecimal")]
    [InlineData("%o", "Octal")]
    [InlineData("%x", "Hex")]
    [InlineData("%X", "HexUpper")]
    [InlineData("%s", "String")]
    [InlineData("%c", "Character")]
    [InlineData("%ld", "SignedDecimal")]
    [InlineData("%lu", "UnsignedDecimal")]
    [InlineData("%lo", "Octal")]
    [InlineData("%lx", "Hex")]
    [InlineData("%lX", "HexUpper")]
    [InlineData("%5d", "SignedDecimal")]
    [InlineData("%05d", "SignedDecimal")]
    [InlineData("%0005u", "UnsignedDecimal")]
    [InlineData("%08lx", "Hex")]
    [InlineData("%-d", "SignedDecimal")]
    [InlineData("%0x", "Hex")]
    [InlineData("%5s", "String")]
    [InlineData("%-5s", "String")]
    [InlineData("%-c", "Character")]
    [InlineData("%1c", "Character")]
    [InlineData("%-1x", "Hex")]
    [InlineData("%05s", "String")]
    [InlineData("%0c", "Character")]
    [InlineData("%ls", "String")]
    [InlineData("%lc", "Character")]
    public void WhatItPrintsLikeC(string directive, string kind)
    {
        var behavior = Interpret(directive);

        Assert.Equal(DirectiveVerdict.Faithful, behavior.Verdict);
        Assert.Equal(kind, behavior.Spec!.Kind.ToString());
        Assert.Equal(1, behavior.SlotsRead);
        Assert.Equal(32, behavior.Spec.PrintedBits);
        Assert.Equal(string.Empty, behavior.Effect);
    }

    [Theory]
    [InlineData("%5c", "ignores the width")]
    [InlineData("%-5d", "ignores the '-' flag and aligns right")]
    [InlineData("%-5x", "ignores the '-' flag and aligns right")]
    [InlineData("%-08x", "ignores the '-' flag and aligns right, padding with zeros")]
    [InlineData("%-5lc", "ignores the width")]
    public void WhatItUnderstandsButPrintsDifferently(string directive, string effect)
    {
        var behavior = Interpret(directive);

        Assert.Equal(DirectiveVerdict.Deviates, behavior.Verdict);
        Assert.Equal(1, behavior.SlotsRead);
        Assert.Equal(effect, behavior.Effect);
    }

    [Theory]
    [InlineData("%llx", "lx")]
    [InlineData("%lld", "ld")]
    [InlineData("%llu", "lu")]
    [InlineData("%016llx", "lx")]
    [InlineData("%hx", "hx")]
    [InlineData("%hhx", "hhx")]
    [InlineData("%zu", "zu")]
    [InlineData("%jd", "jd")]
    [InlineData("%td", "td")]
    [InlineData("%Lf", "Lf")]
    [InlineData("%qd", "qd")]
    [InlineData("%p", "p")]
    [InlineData("%i", "i")]
    [InlineData("%n", "n")]
    [InlineData("%f", "f")]
    [InlineData("%e", "e")]
    [InlineData("%y", "y")]
    [InlineData("%.3x", ".3x")]
    [InlineData("%5.3s", ".3s")]
    [InlineData("%+d", "+d")]
    [InlineData("% d", " d")]
    [InlineData("%#x", "#x")]
    [InlineData("%'d", "'d")]
    [InlineData("%0-5d", "-5d")]
    [InlineData("%--5d", "-5d")]
    [InlineData("%*d", "*d")]
    [InlineData("%-*d", "*d")]
    [InlineData("%1$x", "$x")]
    public void WhatItDoesNotUnderstandPrintsFromTheFirstUnknownCharacter(string directive, string printed)
    {
        var behavior = Interpret(directive);

        Assert.Equal(DirectiveVerdict.Unsupported, behavior.Verdict);
        Assert.Null(behavior.Spec);
        Assert.Equal(0, behavior.SlotsRead);
        Assert.Equal($"drops '{directive.Substring(0, directive.Length - printed.Length)}', prints the text '{printed}' and consumes no argument", behavior.Effect);
    }

    [Theory]
    [InlineData("%", "the format ends inside the directive; hvmloader's printf prints a NUL and reads on past the end of the string")]
    [InlineData("%l", "the format ends inside the directive; hvmloader's printf prints a NUL and reads on past the end of the string")]
    [InlineData("%-08", "the format ends inside the directive; hvmloader's printf prints a NUL and reads on past the end of the string")]
    [InlineData("%5%", "C gives '%' no flags, width or length (only '%%' is a directive); hvmloader's printf prints '%'")]
    [InlineData("%-05l%", "C gives '%' no flags, width or length (only '%%' is a directive); hvmloader's printf prints '%'")]
    [InlineData("%+%", "C gives '%' no flags, width or length (only '%%' is a directive); hvmloader's printf prints the text '+', then the last '%' starts a new directive")]
    [InlineData("%.5%", "C gives '%' no flags, width or length (only '%%' is a directive); hvmloader's printf prints the text '.5', then the last '%' starts a new directive")]
    public void Malformed(string directive, string effect)
    {
        var behavior = Interpret(directive);

        Assert.Equal(DirectiveVerdict.Malformed, behavior.Verdict);
        Assert.Equal(0, behavior.SlotsRead);
        Assert.Equal(effect, behavior.Effect);
    }

    [Fact]
    public void APercentSignIsNotADirective()
    {
        var behavior = Interpret("%%");

        Assert.Equal(DirectiveVerdict.EscapedPercent, behavior.Verdict);
        Assert.Equal(0, behavior.SlotsRead);
        Assert.Equal(0, behavior.IntendedArgumentCount);
    }

    [Fact]
    public void AFormatIsPlacedOnArgumentsAndSlots()
    {
        var format = Hvmloader.Analyze("%x %llx %*d %% %s");

        Assert.Equal(new[] { "%x", "%llx", "%*d", "%%", "%s" }, format.Directives.Select(d => d.Text));
        Assert.Equal(new[] { 0, 1, 2, 3, 4 }, format.Directives.Select(d => d.Index));
        Assert.Equal(new[] { 0, 1, 2, 4, 4 }, format.Directives.Select(d => d.FirstArgument));
        Assert.Equal(new[] { 0, 1, 3, -1, 4 }, format.Directives.Select(d => d.ValueArgument));
        Assert.Equal(new[] { 0, 1, 1, 1, 1 }, format.Directives.Select(d => d.FirstSlot));
        Assert.Equal(new[] { 1, 0, 0, 0, 1 }, format.Directives.Select(d => d.SlotsRead));
        Assert.Equal(5, format.IntendedArgumentCount);
        Assert.Equal(2, format.SlotsRead);
        Assert.True(format.HasProblem);
        Assert.False(format.IsMalformed);
        Assert.Same(Hvmloader, format.Dialect);
    }

    [Theory]
    [InlineData("pci dev %02x:%x bar %02x size %x%08x: %x%08x\n", false, false)]
    [InlineData("100%%\n", false, false)]
    [InlineData("size %llx\n", true, false)]
    [InlineData("load 100%", true, true)]
    public void AFormatKnowsWhetherItHasAProblem(string text, bool hasProblem, bool isMalformed)
    {
        var format = Hvmloader.Analyze(text);

        Assert.Equal(hasProblem, format.HasProblem);
        Assert.Equal(isMalformed, format.IsMalformed);
    }
}
