using System.Text;

namespace FirmwareGuard.Dialects;

/// <summary>A cursor through one directive as a printer reads it, collecting what it reads.</summary>
internal struct DirectiveGrammarWalk
{
    private const int LargestNumber = 100_000;

    private readonly string text;
    private StringBuilder? flags;
    private int? width;
    private int? precision;
    private int widthStars;
    private int precisionStars;

    public DirectiveGrammarWalk(string text, int position)
    {
        this.text = text;
        Position = position;
        flags = null;
        width = null;
        precision = null;
        widthStars = 0;
        precisionStars = 0;
        Length = string.Empty;
    }

    public int Position { get; private set; }

    /// <summary>The length modifier read, as the conversion table spells it.</summary>
    public string Length { get; private set; }

    public readonly char? Current => Position < text.Length ? text[Position] : null;

    /// <summary>After a <c>.</c>: digits and <c>*</c> give the precision.</summary>
    public readonly bool InPrecision => precision is not null;

    public bool TakeFlag(char flag)
    {
        if (Current != flag)
        {
            return false;
        }

        Position++;
        return NoteFlag(flag);
    }

    /// <summary>Notes a flag read without moving on (EDK2's <c>0</c> is also the first digit of the width).</summary>
    public bool NoteFlag(char flag)
    {
        flags ??= new StringBuilder();
        flags.Append(flag);
        return true;
    }

    public bool TakeStar()
    {
        if (Current != '*')
        {
            return false;
        }

        Position++;
        if (InPrecision)
        {
            precisionStars++;
        }
        else
        {
            widthStars++;
        }

        return true;
    }

    public bool TakeNumber()
    {
        var value = 0;
        var start = Position;
        while (Current is char digit and >= '0' and <= '9')
        {
            value = value < LargestNumber ? (value * 10) + (digit - '0') : value;
            Position++;
        }

        if (Position == start)
        {
            return false;
        }

        if (InPrecision)
        {
            precision = value;
        }
        else
        {
            width = value;
        }

        return true;
    }

    public bool TakePrecisionDot()
    {
        if (Current != '.')
        {
            return false;
        }

        Position++;
        precision = 0;
        return true;
    }

    /// <summary>Reads <paramref name="modifier"/> if it comes next, recording it as <paramref name="recordedAs"/>.</summary>
    public bool TakeLength(string modifier, string recordedAs)
    {
        if (string.CompareOrdinal(text, Position, modifier, 0, modifier.Length) != 0)
        {
            return false;
        }

        Position += modifier.Length;
        Length = recordedAs;
        return true;
    }

    public readonly PrinterReading Reading(ConversionSpec? spec, int end) =>
        new(spec, Position, end, flags?.ToString() ?? string.Empty, width, precision, widthStars, precisionStars, Length);
}
