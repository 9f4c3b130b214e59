namespace FirmwareGuard.Dialects;

/// <summary>What a conversion prints, in C's terms.</summary>
internal enum ConversionKind
{
    SignedDecimal,
    UnsignedDecimal,
    Octal,
    Hex,
    HexUpper,
    Character,
    String,
    Pointer,
    Float,
    WriteCount,

    /// <summary><c>%%</c>: prints a percent sign.</summary>
    Percent,

    /// <summary>The printer swallows the piece: prints nothing and reads nothing.</summary>
    Nothing,
}
