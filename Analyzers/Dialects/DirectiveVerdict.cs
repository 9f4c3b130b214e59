namespace FirmwareGuard.Dialects;

/// <summary>How a printer's output for a directive compares with C's printf.</summary>
internal enum DirectiveVerdict
{
    /// <summary><c>%%</c>.</summary>
    EscapedPercent,

    /// <summary>Prints what C prints (apart from the dialect's declared cosmetic differences).</summary>
    Faithful,

    /// <summary>Understood, but printed differently from C (an ignored flag or width, a truncated value).</summary>
    Deviates,

    /// <summary>Not understood: printed as text, consuming no argument.</summary>
    Unsupported,

    /// <summary>Not a directive at all: a <c>%</c> at the end, or <c>%5%</c>.</summary>
    Malformed,
}
