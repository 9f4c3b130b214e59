using System.Globalization;
using System.Linq;
using FirmwareGuard.Calls;
using FirmwareGuard.Dialects;
using FirmwareGuard.Formats;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// A directive rewritten with only what the call's printer reads faithfully, spelled from its
/// dialect table: an optional literal prefix (<c>0x</c> for C's <c>#</c> flag), the <c>0</c> flag, a
/// width, a length modifier only where the dialect has the conversion with it, and a conversion the
/// dialect has. Where the dialect has a conversion that reads and prints a whole 64-bit value
/// (SeaBIOS's <c>%llx</c>), <see cref="SixtyFourBitLength"/> names its length modifier.
/// </summary>
internal sealed class DirectiveSpelling
{
    /// <summary>C flags no 32-bit-slot spelling can reproduce.</summary>
    private static readonly char[] FlagsWithoutSpelling = { '+', ' ', '\'' };

    private DirectiveSpelling(string prefix, bool zeroPad, bool leftJustify, int? width, string length, char conversion, bool meantSixtyFourBits, string? sixtyFourBitLength)
    {
        SixtyFourBitLength = sixtyFourBitLength;
        Prefix = prefix;
        ZeroPad = zeroPad;
        LeftJustify = leftJustify;
        Width = width;
        Length = length;
        Conversion = conversion;
        MeantSixtyFourBits = meantSixtyFourBits;
    }

    /// <summary>Literal text printed before the directive: <c>0x</c> or <c>0X</c> where C's <c>#</c> flag was.</summary>
    public string Prefix { get; }

    public bool ZeroPad { get; }

    public bool LeftJustify { get; }

    public int? Width { get; }

    /// <summary><c>""</c> or <c>"l"</c>.</summary>
    public string Length { get; }

    public char Conversion { get; }

    /// <summary>The original length modifier made C read a 64-bit value (<c>ll</c>, <c>j</c>, <c>q</c>).</summary>
    public bool MeantSixtyFourBits { get; }

    /// <summary>The length modifier with which the dialect reads and prints this conversion as a whole 64-bit value; null where it has none.</summary>
    public string? SixtyFourBitLength { get; }

    public bool IsHex => Conversion is 'x' or 'X';

    public bool IsDecimal => Conversion is 'd' or 'u';

    public bool IsSigned => Conversion == 'd';

    public bool IsInteger => Conversion is 'd' or 'u' or 'o' or 'x' or 'X' or 'c';

    /// <summary>
    /// The directive as the printer should be given it, or null when it has no faithful spelling
    /// (<c>%f</c>, <c>%p</c>, <c>%*d</c>, <c>%1$x</c>, <c>%.3x</c>, <c>%+d</c>, <c>%-5d</c>, ...).
    /// A <c>h</c>/<c>hh</c> length is dropped only when the argument already fits it.
    /// </summary>
    public static DirectiveSpelling? Of(FormatDirective directive, ShimArgument? argument, Dialect dialect)
    {
        if (directive.IsTruncated || directive.IsPositional || directive.WidthFromArgument || directive.HasPrecision)
        {
            return null;
        }

        var conversion = directive.Conversion == 'i' ? 'd' : directive.Conversion;
        if ("duoxXcs".IndexOf(conversion) < 0 || !dialect.Conversions.ContainsKey(conversion.ToString())
            || directive.Flags.IndexOfAny(FlagsWithoutSpelling) >= 0)
        {
            return null;
        }

        var isInteger = conversion != 's';
        var zeroPad = directive.HasFlag('0');
        var leftJustify = directive.HasFlag('-');
        var width = directive.Width;
        if (zeroPad && conversion is 'c' or 's')
        {
            return null;
        }

        if (leftJustify && width is null)
        {
            leftJustify = false;
        }
        else if (leftJustify && conversion != 's')
        {
            return null;
        }

        var prefix = string.Empty;
        if (directive.HasFlag('#'))
        {
            if (conversion is not ('x' or 'X'))
            {
                return null;
            }

            prefix = conversion == 'x' ? "0x" : "0X";
            if (width is { } written)
            {
                if (!zeroPad && written > 2)
                {
                    return null;
                }

                width = zeroPad && written > 3 ? written - 2 : null;
                zeroPad &= width is not null;
            }
        }

        var length = directive.LengthModifier;
        var meantSixtyFourBits = false;
        switch (length)
        {
            case "":
                break;
            case "l" when isInteger && conversion != 'c' && dialect.Conversions.ContainsKey(length + conversion):
                break;
            case "l" when isInteger && conversion != 'c':
                length = string.Empty;
                break;
            case "ll" or "j" or "q" when isInteger:
                meantSixtyFourBits = true;
                length = string.Empty;
                break;
            case "z" or "t" when isInteger:
                length = string.Empty;
                break;
            case "h" or "hh" when isInteger && argument is { } value && FitsShortLength(value, length == "h" ? 16 : 8, conversion == 'd'):
                length = string.Empty;
                break;
            default:
                return null;
        }

        return new DirectiveSpelling(prefix, zeroPad, leftJustify, width, length, conversion, meantSixtyFourBits, SixtyFourBitLengthOf(conversion, dialect));
    }

    /// <summary>The directive with the dialect's 64-bit length modifier: <c>%016x</c> → <c>%016llx</c> on SeaBIOS.</summary>
    public string WithSixtyFourBitLength() => Prefix + Directive(ZeroPad, Width, SixtyFourBitLength ?? Length, Conversion).Insert(1, LeftJustify ? "-" : string.Empty);

    private static string? SixtyFourBitLengthOf(char conversion, Dialect dialect)
    {
        foreach (var length in dialect.LengthModifiers.OrderBy(m => m.Length))
        {
            if (dialect.Conversions.TryGetValue(length + conversion, out var spec) && spec.IsInteger && spec.PrintedBits == 64)
            {
                return length;
            }
        }

        return null;
    }

    public override string ToString() => Prefix + Directive(ZeroPad, Width, Length, Conversion).Insert(1, LeftJustify ? "-" : string.Empty);

    /// <summary>
    /// Xen's <c>PRIllx</c> split of a hex directive: the upper half with <c>%x</c>, the lower half with
    /// <c>%08x</c>. A zero-padded width of 9 or more splits exactly; otherwise values below 4 GiB
    /// print with a leading 0, which <paramref name="exact"/> reports.
    /// </summary>
    public string SplitHalves(out bool exact)
    {
        var upperWidth = Width is { } width && width >= (ZeroPad ? 9 : 10) ? width - 8 : (int?)null;
        exact = ZeroPad && upperWidth is not null;
        var upper = upperWidth is null or 1 ? Directive(false, null, string.Empty, Conversion) : Directive(ZeroPad, upperWidth, string.Empty, Conversion);
        return Prefix + upper + Directive(true, 8, string.Empty, Conversion);
    }

    /// <summary>A decimal value printed as its two hex halves instead: <c>0x%x%08x</c>.</summary>
    public static string HexHalves => "0x%x%08x";

    private static string Directive(bool zeroPad, int? width, string length, char conversion) =>
        "%" + (zeroPad ? "0" : string.Empty) + (width?.ToString(CultureInfo.InvariantCulture) ?? string.Empty) + length + conversion;

    private static bool FitsShortLength(ShimArgument argument, int bits, bool signed)
    {
        var minimum = signed ? -(decimal)(1L << (bits - 1)) : 0m;
        var maximum = signed ? (decimal)((1L << (bits - 1)) - 1) : (decimal)((1L << bits) - 1);
        if (IntegerValue.Of(argument.Value) is { } constant)
        {
            return constant >= minimum && constant <= maximum;
        }

        return IntegerValue.RangeOf(argument.Type) is { } range && range.Minimum >= minimum && range.Maximum <= maximum;
    }
}
