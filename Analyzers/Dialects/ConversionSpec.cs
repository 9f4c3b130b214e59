namespace FirmwareGuard.Dialects;

/// <summary>How one printer performs one conversion (one row of a dialect table).</summary>
internal sealed class ConversionSpec
{
    public ConversionSpec(ConversionKind kind, int slotsRead, int printedBits, bool honorsWidth, bool honorsLeftJustify, bool honorsZeroPad)
    {
        Kind = kind;
        SlotsRead = slotsRead;
        PrintedBits = printedBits;
        HonorsWidth = honorsWidth;
        HonorsLeftJustify = honorsLeftJustify;
        HonorsZeroPad = honorsZeroPad;
    }

    public ConversionKind Kind { get; }

    /// <summary>32-bit argument slots the conversion reads: 0, 1 or 2.</summary>
    public int SlotsRead { get; }

    /// <summary>Bits of the value that reach the output (SeaBIOS's <c>%lld</c> reads 64 and prints 32).</summary>
    public int PrintedBits { get; }

    public bool HonorsWidth { get; }

    public bool HonorsLeftJustify { get; }

    public bool HonorsZeroPad { get; }

    public bool IsInteger => Kind is ConversionKind.SignedDecimal or ConversionKind.UnsignedDecimal
        or ConversionKind.Octal or ConversionKind.Hex or ConversionKind.HexUpper;
}
