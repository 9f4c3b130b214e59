namespace FirmwareGuard.Dialects;

/// <summary>How one printer performs one conversion (one row of a dialect table).</summary>
internal sealed class ConversionSpec
{
    public ConversionSpec(ConversionKind kind, int slotsRead, int printedBits, ConversionOptions options)
    {
        Kind = kind;
        SlotsRead = slotsRead;
        PrintedBits = printedBits;
        Options = options;
    }

    public ConversionKind Kind { get; }

    /// <summary>Argument slots the conversion reads, in the dialect's slot size: 0, 1 or 2.</summary>
    public int SlotsRead { get; }

    /// <summary>Bits of the value that reach the output (SeaBIOS's <c>%lld</c> reads 64 and prints 32).</summary>
    public int PrintedBits { get; }

    public ConversionOptions Options { get; }

    public bool HonorsWidth => Has(ConversionOptions.Width);

    public bool HonorsLeftJustify => Has(ConversionOptions.Left);

    public bool HonorsZeroPad => Has(ConversionOptions.Zero);

    public bool IsInteger => Kind is ConversionKind.SignedDecimal or ConversionKind.UnsignedDecimal
        or ConversionKind.Octal or ConversionKind.Hex or ConversionKind.HexUpper;

    /// <summary>Reads its argument as a pointer to text or a structure.</summary>
    public bool DereferencesItsArgument => Kind is ConversionKind.String or ConversionKind.NarrowString
        or ConversionKind.Guid or ConversionKind.Time;

    public bool Has(ConversionOptions option) => (Options & option) == option;
}
