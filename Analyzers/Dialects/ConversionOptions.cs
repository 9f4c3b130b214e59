using System;

namespace FirmwareGuard.Dialects;

/// <summary>What a conversion does with the parts of a directive besides its conversion character.</summary>
[Flags]
internal enum ConversionOptions
{
    None = 0,

    /// <summary>Pads to the width.</summary>
    Width = 1,

    /// <summary>Honours the <c>-</c> flag.</summary>
    Left = 2,

    /// <summary>Honours the <c>0</c> flag.</summary>
    Zero = 4,

    /// <summary>Honours a precision as C does (minimum digits; maximum characters of a string).</summary>
    Precision = 8,

    /// <summary>Prints the <c>+</c> the flag asks for (C does so only for signed conversions).</summary>
    Plus = 16,

    /// <summary>Prints the space the flag asks for (C does so only for signed conversions).</summary>
    Space = 32,

    /// <summary>Pads with zeros to the width even without the <c>0</c> flag (EDK2's <c>%X</c>).</summary>
    ForcedZero = 64,

    /// <summary>Honours a thousands-separator flag C does not have (EDK2's <c>,</c>).</summary>
    Comma = 128,
}
