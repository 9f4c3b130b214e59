using FirmwareGuard.Formats;

namespace FirmwareGuard.Dialects;

/// <summary>What C's printf means by a directive on a 32-bit (ILP32) target.</summary>
internal readonly struct CMeaning
{
    private CMeaning(ConversionKind? kind, int argumentBits, int valueBits)
    {
        Kind = kind;
        ArgumentBits = argumentBits;
        ValueBits = valueBits;
    }

    /// <summary>Null when C defines no such conversion (<c>%y</c>).</summary>
    public ConversionKind? Kind { get; }

    /// <summary>Bits of the argument after default promotion: 32, or 64 for <c>ll</c>, <c>j</c>, <c>q</c> and floating point.</summary>
    public int ArgumentBits { get; }

    /// <summary>Bits of the value C prints: 8 for <c>hh</c>, 16 for <c>h</c>, else the argument's.</summary>
    public int ValueBits { get; }

    public static CMeaning Of(FormatDirective directive)
    {
        var kind = KindOf(directive.Conversion);
        if (kind is ConversionKind.Float)
        {
            return new CMeaning(kind, 64, 64);
        }

        var argumentBits = directive.LengthModifier is "ll" or "j" or "q" or "L" ? 64 : 32;
        var valueBits = directive.LengthModifier switch
        {
            "hh" => 8,
            "h" => 16,
            _ => argumentBits,
        };
        return new CMeaning(kind, argumentBits, valueBits);
    }

    private static ConversionKind? KindOf(char conversion) => conversion switch
    {
        'd' or 'i' => ConversionKind.SignedDecimal,
        'u' => ConversionKind.UnsignedDecimal,
        'o' => ConversionKind.Octal,
        'x' => ConversionKind.Hex,
        'X' => ConversionKind.HexUpper,
        'c' => ConversionKind.Character,
        's' => ConversionKind.String,
        'p' => ConversionKind.Pointer,
        'f' or 'F' or 'e' or 'E' or 'g' or 'G' or 'a' or 'A' => ConversionKind.Float,
        'n' => ConversionKind.WriteCount,
        '%' => ConversionKind.Percent,
        _ => null,
    };
}
