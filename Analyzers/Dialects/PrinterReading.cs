namespace FirmwareGuard.Dialects;

/// <summary>How far a printer got through one directive, and what it read on the way.</summary>
internal readonly struct PrinterReading
{
    public PrinterReading(ConversionSpec? spec, int stop, int end, string flags, int? width, int? precision, int widthStars, int precisionStars, string length)
    {
        Spec = spec;
        Stop = stop;
        End = end;
        Flags = flags;
        Width = width;
        Precision = precision;
        WidthStars = widthStars;
        PrecisionStars = precisionStars;
        Length = length;
    }

    public ConversionSpec? Spec { get; }

    /// <summary>Where the conversion character sits (or the character the printer did not accept).</summary>
    public int Stop { get; }

    /// <summary>Just past the conversion the printer read.</summary>
    public int End { get; }

    /// <summary>The flag characters read, in order.</summary>
    public string Flags { get; }

    public int? Width { get; }

    /// <summary>The precision's digits (0 when none are written), or null without a <c>.</c>.</summary>
    public int? Precision { get; }

    public bool HasPrecision => Precision is not null;

    /// <summary><c>*</c> widths read, each taking an argument slot.</summary>
    public int WidthStars { get; }

    /// <summary><c>*</c> precisions read, each taking an argument slot.</summary>
    public int PrecisionStars { get; }

    /// <summary>The length modifier the conversion was looked up with.</summary>
    public string Length { get; }

    public int Stars => WidthStars + PrecisionStars;

    public bool LeftJustify => Flags.IndexOf('-') >= 0;

    public bool ZeroPad => Flags.IndexOf('0') >= 0;

    public bool HasFlag(char flag) => Flags.IndexOf(flag) >= 0;
}
