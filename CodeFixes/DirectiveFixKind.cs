namespace FirmwareGuard.CodeFixes;

/// <summary>The kinds of action FG0001 and FG0002 offer for a directive and its argument.</summary>
internal enum DirectiveFixKind
{
    /// <summary>The directive given the dialect's 64-bit length modifier (SeaBIOS's <c>%llx</c>), which prints the whole 64-bit argument.</summary>
    SixtyFourBitDirective,

    /// <summary>A hex directive and its 64-bit argument split into 32-bit halves (Xen's <c>PRIllx</c>).</summary>
    SplitHalves,

    /// <summary>A decimal directive and its 64-bit argument printed as hex halves, <c>0x%x%08x</c>.</summary>
    HexHalves,

    /// <summary>The 64-bit argument narrowed with <c>checked(...)</c>, which throws when it does not fit.</summary>
    CheckedNarrowing,

    /// <summary>A 64-bit constant that fits written as a 32-bit constant.</summary>
    ConstantNarrowing,

    /// <summary>The directive rewritten into one the printer reads faithfully; the argument untouched.</summary>
    Rewrite,
}
