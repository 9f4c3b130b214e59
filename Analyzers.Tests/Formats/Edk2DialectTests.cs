using System.Linq;
using FirmwareGuard.Dialects;
using Xunit;

namespace FirmwareGuard.Tests.Formats;

/// <summary>
/// The built-in edk2-ia32 and edk2-x64 dialects: EDK2's BasePrintLib as docs/dialects.md describes it,
/// one test per row of its directive table, on both architectures.
/// </summary>
public class Edk2DialectTests
{
    private static Dialect Get(string name)
    {
        Assert.True(DialectSet.BuiltIn.TryGet(name, out var dialect));
        return dialect;
    }

    /// <summary>The one directive of a format, with the slots its <c>*</c>s read before it.</summary>
    private static (DirectiveBehavior Behavior, int Slots) Read(string dialect, string format)
    {
        var analysis = Get(dialect).Analyze(format);
        var value = Assert.Single(analysis.Directives, d => !d.Behavior.IsStar);
        return (value.Behavior, analysis.SlotsRead);
    }

    [Theory]
    [InlineData("edk2-ia32", 4)]
    [InlineData("edk2-x64", 8)]
    public void ItsSettings(string name, int slotBytes)
    {
        var dialect = Get(name);

        Assert.Equal(slotBytes, dialect.SlotBytes);
        Assert.True(dialect.AnyOrder);
        Assert.True(dialect.HexCaseIsCosmetic);
        Assert.True(dialect.PrecisionPadsStrings);
        Assert.True(dialect.PointerArguments);
        Assert.True(dialect.HasSixtyFourBitConversion);
        Assert.Equal(UnknownConversionPolicy.PrintCharacterPadded, dialect.UnknownPolicy);
        Assert.Same(dialect, Get(name.ToUpperInvariant()));
    }

    [Theory]
    [InlineData("%d", "SignedDecimal", 1, 1, 32)]
    [InlineData("%u", "UnsignedDecimal", 1, 1, 32)]
    [InlineData("%x", "HexUpper", 1, 1, 32)]
    [InlineData("%X", "HexUpper", 1, 1, 32)]
    [InlineData("%08x", "HexUpper", 1, 1, 32)]
    [InlineData("%08X", "HexUpper", 1, 1, 32)]
    [InlineData("%ld", "SignedDecimal", 2, 1, 64)]
    [InlineData("%lu", "UnsignedDecimal", 2, 1, 64)]
    [InlineData("%lx", "HexUpper", 2, 1, 64)]
    [InlineData("%LX", "HexUpper", 2, 1, 64)]
    [InlineData("%llx", "HexUpper", 2, 1, 64)]
    [InlineData("%016lx", "HexUpper", 2, 1, 64)]
    [InlineData("%016llX", "HexUpper", 2, 1, 64)]
    [InlineData("%l016x", "HexUpper", 2, 1, 64)]
    [InlineData("%,d", "SignedDecimal", 1, 1, 32)]
    [InlineData("%,ld", "SignedDecimal", 2, 1, 64)]
    [InlineData("%+d", "SignedDecimal", 1, 1, 32)]
    [InlineData("% d", "SignedDecimal", 1, 1, 32)]
    [InlineData("%.8d", "SignedDecimal", 1, 1, 32)]
    [InlineData("%-5d", "SignedDecimal", 1, 1, 32)]
    [InlineData("%p", "Pointer", 1, 1, 0)]
    [InlineData("%a", "NarrowString", 1, 1, 0)]
    [InlineData("%-10a", "NarrowString", 1, 1, 0)]
    [InlineData("%.3a", "NarrowString", 1, 1, 0)]
    [InlineData("%s", "String", 1, 1, 0)]
    [InlineData("%S", "String", 1, 1, 0)]
    [InlineData("%c", "Character", 1, 1, 32)]
    [InlineData("%g", "Guid", 1, 1, 0)]
    [InlineData("%t", "Time", 1, 1, 0)]
    [InlineData("%r", "Status", 1, 1, 0)]
    public void WhatItPrintsAsItsAuthorsMeanIt(string directive, string kind, int ia32Slots, int x64Slots, int printedBits)
    {
        foreach (var (dialect, slots) in new[] { ("edk2-ia32", ia32Slots), ("edk2-x64", x64Slots) })
        {
            var (behavior, slotsRead) = Read(dialect, directive);

            Assert.True(DirectiveVerdict.Faithful == behavior.Verdict, $"{dialect} {directive}: {behavior.Effect}");
            Assert.Equal(directive, behavior.Directive.Text);
            Assert.Equal(kind, behavior.Spec!.Kind.ToString());
            Assert.Equal(slots, slotsRead);
            if (printedBits > 0)
            {
                Assert.Equal(printedBits, behavior.Spec.PrintedBits);
            }
        }
    }

    [Theory]
    [InlineData("edk2-ia32", 32)]
    [InlineData("edk2-x64", 64)]
    public void PointersAndStatusesFillASlot(string dialect, int bits)
    {
        Assert.Equal(bits, Read(dialect, "%p").Behavior.Spec!.PrintedBits);
        Assert.Equal(bits, Read(dialect, "%r").Behavior.Spec!.PrintedBits);
    }

    [Theory]
    [InlineData("%*d", 2)]
    [InlineData("%-*d", 2)]
    [InlineData("%.*a", 2)]
    [InlineData("%*.*a", 3)]
    public void AStarReadsASlotOfItsOwn(string directive, int slots)
    {
        foreach (var dialect in new[] { "edk2-ia32", "edk2-x64" })
        {
            var analysis = Get(dialect).Analyze(directive);

            Assert.Equal(slots, analysis.Directives.Length);
            Assert.All(analysis.Directives.Take(slots - 1), d => Assert.True(d.Behavior.IsStar));
            Assert.Equal(slots, analysis.SlotsRead);
            Assert.Equal(slots, analysis.IntendedArgumentCount);
            Assert.Equal(slots - 1, analysis.Directives[slots - 1].ValueArgument);
        }
    }

    [Theory]
    [InlineData("%8X", "pads with zeros, not spaces")]
    [InlineData("%8p", "pads with zeros, not spaces")]
    [InlineData("%+x", "prints a '+' before the number, which C does not")]
    [InlineData("% u", "prints a space before the number, which C does not")]
    public void WhatItUnderstandsButPrintsDifferently(string directive, string effect)
    {
        foreach (var dialect in new[] { "edk2-ia32", "edk2-x64" })
        {
            var (behavior, _) = Read(dialect, directive);

            Assert.Equal(DirectiveVerdict.Deviates, behavior.Verdict);
            Assert.Equal(effect, behavior.Effect);
        }
    }

    [Theory]
    [InlineData("%hd", "drops '%', prints the text 'hd' and consumes no argument")]
    [InlineData("%zu", "drops '%', prints the text 'zu' and consumes no argument")]
    [InlineData("%i", "drops '%', prints the text 'i' and consumes no argument")]
    [InlineData("%f", "drops '%', prints the text 'f' and consumes no argument")]
    [InlineData("%#x", "drops '%', prints the text '#x' and consumes no argument")]
    [InlineData("%jd", "drops '%', prints the text 'jd' and consumes no argument")]
    [InlineData("%5y", "drops '%5', prints the text '    y' and consumes no argument")]
    [InlineData("%-3y", "drops '%-3', prints the text 'y  ' and consumes no argument")]
    public void WhatItDoesNotUnderstandPrintsWithoutThePercent(string directive, string effect)
    {
        foreach (var dialect in new[] { "edk2-ia32", "edk2-x64" })
        {
            var (behavior, slots) = Read(dialect, directive);

            Assert.Equal(DirectiveVerdict.Unsupported, behavior.Verdict);
            Assert.Equal(0, slots);
            Assert.Equal(effect, behavior.Effect);
        }
    }

    [Fact]
    public void ATrailingPercentPrintsNothing()
    {
        var (behavior, _) = Read("edk2-x64", "100%");

        Assert.Equal(DirectiveVerdict.Malformed, behavior.Verdict);
        Assert.Equal("the format ends inside the directive; edk2-x64's printf prints nothing for it", behavior.Effect);
    }

    [Fact]
    public void APercentWithAWidthPrintsAPaddedPercentSign()
    {
        var (behavior, _) = Read("edk2-x64", "%5%");

        Assert.Equal(DirectiveVerdict.Malformed, behavior.Verdict);
        Assert.Equal("C gives '%' no flags, width or length (only '%%' is a directive); edk2-x64's printf prints '    %'", behavior.Effect);
    }

    [Fact]
    public void PercentPercentPrintsAPercentSign()
    {
        var (behavior, slots) = Read("edk2-ia32", "100%%");

        Assert.Equal(DirectiveVerdict.EscapedPercent, behavior.Verdict);
        Assert.Equal(0, slots);
    }

    [Fact]
    public void ATimeDirectiveEndsAtItsLetter()
    {
        var analysis = Get("edk2-x64").Analyze("at %t\n%d");

        Assert.Equal(new[] { "%t", "%d" }, analysis.Directives.Select(d => d.Text));
        Assert.Equal(2, analysis.SlotsRead);
    }

    [Fact]
    public void ATimeDirectiveRightBeforeAnotherEndsAtItsLetter()
    {
        var analysis = Get("edk2-x64").Analyze("%t%d|%5t%%");

        Assert.Equal(new[] { "%t", "%d", "%5t", "%%" }, analysis.Directives.Select(d => d.Text));
        Assert.Equal(3, analysis.SlotsRead);
    }

    [Fact]
    public void APointerWidthOfOneCannotPadAndAWiderOnePadsWithZeros()
    {
        Assert.Equal(DirectiveVerdict.Faithful, Read("edk2-x64", "%1p").Behavior.Verdict);
        Assert.Equal("pads with zeros, not spaces", Read("edk2-x64", "%10p").Behavior.Effect);
    }

    [Fact]
    public void ACommaFlagDirectiveIsOneDirective()
    {
        var analysis = Get("edk2-ia32").Analyze("%,d|%,ld");

        Assert.Equal(new[] { "%,d", "%,ld" }, analysis.Directives.Select(d => d.Text));
        Assert.Equal(3, analysis.SlotsRead);
        Assert.False(analysis.HasProblem);
    }
}
