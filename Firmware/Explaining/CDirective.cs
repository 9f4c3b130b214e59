using System.Collections.Generic;

namespace FirmwareGuard.Firmware.Explaining;

/// <summary>
/// A conversion directive as standard C's printf reads it — the reading GCC's format check holds a
/// call to, and so what its author meant: flags <c>-+ #0</c>, a width, a precision, a length
/// (<c>hh h ll l j z t L q</c>) and one conversion character. It spans [<see cref="Start"/>,
/// <see cref="End"/>) of the format and takes <see cref="Arguments"/> arguments: none for <c>%%</c>,
/// else one for each <c>*</c> and one for the value, which is the last.
/// </summary>
public sealed record CDirective(int Start, int End, int Arguments)
{
    private const string Flags = "-+ #0";
    private static readonly string[] Lengths = ["hh", "ll", "h", "l", "j", "z", "t", "L", "q"];

    /// <summary>The directives of <paramref name="format"/>, which ends at its first NUL as a C string does.</summary>
    public static IReadOnlyList<CDirective> In(string format)
    {
        var end = format.IndexOf('\0') is var nul and >= 0 ? nul : format.Length;
        var directives = new List<CDirective>();
        for (var position = 0; position < end; position++)
        {
            if (format[position] == '%')
            {
                var directive = At(format, position, end);
                directives.Add(directive);
                position = directive.End - 1;
            }
        }

        return directives;
    }

    private static CDirective At(string format, int start, int end)
    {
        var position = start + 1;
        var stars = 0;
        while (position < end && Flags.Contains(format[position], System.StringComparison.Ordinal))
        {
            position++;
        }

        position = Count(format, position, end, ref stars);
        if (position < end && format[position] == '.')
        {
            position = Count(format, position + 1, end, ref stars);
        }

        foreach (var length in Lengths)
        {
            if (string.CompareOrdinal(format, position, length, 0, length.Length) == 0 && position + length.Length <= end)
            {
                position += length.Length;
                break;
            }
        }

        if (position >= end)
        {
            return new CDirective(start, end, 0);
        }

        return new CDirective(start, position + 1, format[position] == '%' ? 0 : stars + 1);
    }

    /// <summary>Skips a width or precision: digits, or a '*' that takes an argument.</summary>
    private static int Count(string format, int position, int end, ref int stars)
    {
        if (position < end && format[position] == '*')
        {
            stars++;
            return position + 1;
        }

        while (position < end && char.IsAsciiDigit(format[position]))
        {
            position++;
        }

        return position;
    }
}
