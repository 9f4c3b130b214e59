namespace FirmwareGuard.Formats;

/// <summary>
/// One <c>%</c> directive as the C standard reads it: <c>%[n$][flags][width][.precision][length]conversion</c>.
/// Offsets are indexes into the format string's value.
/// </summary>
internal sealed class FormatDirective
{
    public FormatDirective(
        string format,
        int start,
        int length,
        bool isPositional,
        string flags,
        int? width,
        bool widthFromArgument,
        int? precision,
        bool precisionFromArgument,
        string lengthModifier,
        char conversion)
    {
        Start = start;
        Length = length;
        Text = format.Substring(start, length);
        IsPositional = isPositional;
        Flags = flags;
        Width = width;
        WidthFromArgument = widthFromArgument;
        Precision = precision;
        PrecisionFromArgument = precisionFromArgument;
        LengthModifier = lengthModifier;
        Conversion = conversion;
    }

    /// <summary>Index of the <c>%</c>.</summary>
    public int Start { get; }

    /// <summary>Characters from the <c>%</c> through the conversion character.</summary>
    public int Length { get; }

    public int End => Start + Length;

    /// <summary>The directive exactly as written, e.g. <c>%08llx</c>.</summary>
    public string Text { get; }

    /// <summary><c>%1$x</c>: an argument position (POSIX).</summary>
    public bool IsPositional { get; }

    /// <summary>The flag characters in source order, from <c>-+ #0'</c>.</summary>
    public string Flags { get; }

    public int? Width { get; }

    /// <summary><c>%*d</c>: the width is read from an argument.</summary>
    public bool WidthFromArgument { get; }

    /// <summary>The precision's digits after the <c>.</c> (0 when none are written, as in <c>%.*s</c>), or null without a <c>.</c>.</summary>
    public int? Precision { get; }

    public bool HasPrecision => Precision is not null;

    public bool PrecisionFromArgument { get; }

    /// <summary><c>""</c>, <c>h</c>, <c>hh</c>, <c>l</c>, <c>ll</c>, <c>j</c>, <c>z</c>, <c>t</c>, <c>L</c> or <c>q</c>.</summary>
    public string LengthModifier { get; }

    /// <summary>The conversion character, or <c>'\0'</c> when the string ends inside the directive.</summary>
    public char Conversion { get; }

    /// <summary>The format string ends before the conversion character (<c>"...%"</c>, <c>"...%l"</c>).</summary>
    public bool IsTruncated => Conversion == '\0';

    /// <summary>Exactly <c>%%</c>.</summary>
    public bool IsEscapedPercent => Conversion == '%' && Length == 2;

    /// <summary>Arguments C's printf takes for this directive: the value plus one per <c>*</c>.</summary>
    public int ArgumentCount
    {
        get
        {
            if (IsTruncated || Conversion == '%')
            {
                return 0;
            }

            return 1 + (WidthFromArgument ? 1 : 0) + (PrecisionFromArgument ? 1 : 0);
        }
    }

    /// <summary>The same directive taking in the next character of the format as well.</summary>
    public FormatDirective ExtendedByOne(string format) => new(
        format, Start, Length + 1, IsPositional, Flags, Width, WidthFromArgument,
        Precision, PrecisionFromArgument, LengthModifier, Conversion);

    public bool HasFlag(char flag) => Flags.IndexOf(flag) >= 0;

    public override string ToString() => Text;
}
