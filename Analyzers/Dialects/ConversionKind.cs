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

    /// <summary>A string as the shim passes it: C's <c>char*</c>, or UTF-16 text where the printer reads UTF-16 (EDK2's <c>%s</c>).</summary>
    String,

    /// <summary>A narrow (ASCII) string where the printer's <c>%s</c> is UTF-16: EDK2's <c>%a</c>.</summary>
    NarrowString,

    Pointer,

    /// <summary>A GUID read through a pointer (EDK2's <c>%g</c>).</summary>
    Guid,

    /// <summary>A date and time read through a pointer (EDK2's <c>%t</c>).</summary>
    Time,

    /// <summary>A status code printed by name (EDK2's <c>%r</c>).</summary>
    Status,
    Float,
    WriteCount,

    /// <summary><c>%%</c>: prints a percent sign.</summary>
    Percent,

    /// <summary>The printer swallows the piece: prints nothing and reads nothing.</summary>
    Nothing,
}
