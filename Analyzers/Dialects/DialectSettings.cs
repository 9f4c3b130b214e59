using System.Collections.Immutable;

namespace FirmwareGuard.Dialects;

/// <summary>A dialect's settings besides its conversions: its directive grammar, slot size and declared cosmetic differences.</summary>
internal sealed class DialectSettings
{
    public string Description { get; set; } = string.Empty;

    /// <summary>The flag characters the printer reads (in their only order, unless <see cref="AnyOrder"/>).</summary>
    public string Flags { get; set; } = string.Empty;

    public ImmutableArray<string> LengthModifiers { get; set; } = ImmutableArray<string>.Empty;

    public UnknownConversionPolicy UnknownPolicy { get; set; } = UnknownConversionPolicy.PrintCharacter;

    public bool SignBeforePadding { get; set; }

    /// <summary>Bytes per argument slot: 4, or 8 where every argument fills one 64-bit slot.</summary>
    public int SlotBytes { get; set; } = 4;

    /// <summary>Flags, width, precision and length letters come in any order and may repeat (EDK2).</summary>
    public bool AnyOrder { get; set; }

    /// <summary>The printer reads a <c>.</c> and a precision.</summary>
    public bool ReadsPrecision { get; set; }

    /// <summary>A <c>*</c> width or precision reads one argument slot.</summary>
    public bool ReadsStar { get; set; }

    /// <summary>The case of hex letters differs from C's and is declared cosmetic (EDK2's <c>%x</c> prints upper case).</summary>
    public bool HexCaseIsCosmetic { get; set; }

    /// <summary>A string shorter than the precision is padded on the left to it (EDK2); declared cosmetic.</summary>
    public bool PrecisionPadsStrings { get; set; }

    /// <summary>Arrays, spans, unmanaged pointers, <c>Guid</c> and <c>DateTime</c> are passed as pointers (EDK2).</summary>
    public bool PointerArguments { get; set; }

    /// <summary>Where the printer's lines go, as a phrase a message can start with ("the Xen console").</summary>
    public string Console { get; set; } = "the console";

    /// <summary>How the printer writes the line ends of its format's text.</summary>
    public NewlineStyle Newline { get; set; } = NewlineStyle.AsWritten;

    /// <summary>The most characters of one message that reach the output (EDK2's serial <c>DEBUG()</c>: 255), or null for no limit.</summary>
    public int? MessageLimit { get; set; }
}
