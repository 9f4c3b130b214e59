using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FirmwareGuard.Tests.Soundness;

/// <summary>
/// The oracle: C's printf as the C standard defines it, printing every argument's full C# value
/// (a <c>ulong</c> read by <c>%x</c> prints all 64 bits). Written independently of the analyzer's
/// format parser and of the firmware's <c>_doprint</c> model. Returns null where C gives the call no
/// meaning (a type that does not fit, a missing argument), which no printer output can match.
/// </summary>
internal static class ReferencePrintf
{
    /// <summary>A width read from an argument beyond this is treated as having no output worth comparing.</summary>
    private const int MaximumWidth = 4096;

    public static string? Format(string format, IReadOnlyList<object?> arguments, bool signBeforePadding)
    {
        var output = new StringBuilder();
        var next = 0;
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%')
            {
                output.Append(format[i]);
                continue;
            }

            var spec = Spec.Read(format, i + 1);
            if (spec is null)
            {
                return null;
            }

            i = spec.End - 1;
            if (spec.Conversion == '%')
            {
                output.Append('%');
                continue;
            }

            var width = spec.Width;
            var leftJustify = spec.Flags.Contains('-');
            if (spec.WidthFromArgument)
            {
                if (next >= arguments.Count || AsInteger(arguments[next++]) is not { } star)
                {
                    return null;
                }

                var starWidth = unchecked((int)star.Value);
                if (Math.Abs((long)starWidth) > MaximumWidth)
                {
                    return null;
                }

                leftJustify |= starWidth < 0;
                width = Math.Abs(starWidth);
            }

            object? argument;
            if (spec.Position is { } position)
            {
                argument = position >= 1 && position <= arguments.Count ? arguments[position - 1] : null;
                if (position < 1 || position > arguments.Count)
                {
                    return null;
                }
            }
            else if (next < arguments.Count)
            {
                argument = arguments[next++];
            }
            else
            {
                return null;
            }

            var text = Convert(spec, argument);
            if (text is null)
            {
                return null;
            }

            output.Append(IsNumeric(spec.Conversion)
                ? PadNumber(text, width, leftJustify, spec.Flags.Contains('0') && spec.Precision is null, signBeforePadding)
                : PadText(text, width, leftJustify));
        }

        return output.ToString();
    }

    private static string? Convert(Spec spec, object? argument)
    {
        switch (spec.Conversion)
        {
            case 's':
                return argument is string text ? Truncate(text, spec.Precision) : null;
            case 'c':
                return AsInteger(argument) is { } code && argument is not string ? ((char)(byte)code.Value).ToString() : null;
            case 'p':
                return AsInteger(argument) is { } address ? (address.Value == 0 ? "(nil)" : "0x" + address.Value.ToString("x", CultureInfo.InvariantCulture)) : null;
            case 'f':
                return argument is double or float ? System.Convert.ToDouble(argument, CultureInfo.InvariantCulture).ToString("F" + (spec.Precision ?? 6), CultureInfo.InvariantCulture) : null;
        }

        if (!IsNumeric(spec.Conversion) || AsInteger(argument) is not { } integer)
        {
            return null;
        }

        var bits = spec.Length switch
        {
            "hh" => 8,
            "h" => 16,
            "ll" or "j" or "q" => 64,
            "l" or "z" or "t" or "" => integer.Bits,
            _ => -1,
        };
        if (bits < 0)
        {
            return null;
        }

        var mask = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
        var raw = integer.Value & mask;
        var isSigned = spec.Conversion is 'd' or 'i';
        var negative = isSigned && bits > 0 && (raw >> (bits - 1)) != 0;
        var magnitude = negative ? (bits == 64 ? unchecked(0 - raw) : ((~raw) + 1) & mask) : raw;
        var digits = spec.Conversion switch
        {
            'o' => ToBase(magnitude, 8),
            'x' => magnitude.ToString("x", CultureInfo.InvariantCulture),
            'X' => magnitude.ToString("X", CultureInfo.InvariantCulture),
            _ => magnitude.ToString(CultureInfo.InvariantCulture),
        };
        if (spec.Precision is { } precision)
        {
            digits = precision == 0 && magnitude == 0 ? string.Empty : digits.PadLeft(precision, '0');
        }

        if (spec.Flags.Contains('#') && magnitude != 0 && spec.Conversion is 'x' or 'X')
        {
            digits = (spec.Conversion == 'x' ? "0x" : "0X") + digits;
        }

        var sign = negative ? "-" : isSigned && spec.Flags.Contains('+') ? "+" : isSigned && spec.Flags.Contains(' ') ? " " : string.Empty;
        return sign + digits;
    }

    private static string PadText(string text, int? width, bool leftJustify) =>
        width is not { } w ? text : leftJustify ? text.PadRight(w) : text.PadLeft(w);

    /// <summary>C pads the whole number, sign included; a dialect that declares it cosmetic puts a '-' before the padding instead.</summary>
    private static string PadNumber(string text, int? width, bool leftJustify, bool zeroPad, bool signBeforePadding)
    {
        if (width is not { } w)
        {
            return text;
        }

        if (leftJustify)
        {
            return text.PadRight(w);
        }

        var sign = text.Length > 0 && text[0] is '-' or '+' or ' ' ? text[0].ToString() : string.Empty;
        var body = text.Substring(sign.Length);
        if (signBeforePadding && sign == "-")
        {
            return sign + body.PadLeft(w, zeroPad ? '0' : ' ');
        }

        return zeroPad ? sign + body.PadLeft(w - sign.Length, '0') : text.PadLeft(w);
    }

    private static bool IsNumeric(char conversion) => conversion is 'd' or 'i' or 'u' or 'o' or 'x' or 'X';

    private static string Truncate(string text, int? precision)
    {
        var length = text.IndexOf('\0') is var nul and >= 0 ? nul : text.Length;
        return text.Substring(0, precision is { } p ? Math.Min(p, length) : length);
    }

    private static string ToBase(ulong value, int radix)
    {
        var digits = new StringBuilder();
        do
        {
            digits.Insert(0, (char)('0' + (int)(value % (ulong)radix)));
            value /= (ulong)radix;
        }
        while (value != 0);

        return digits.ToString();
    }

    /// <summary>An integer argument's two's-complement bits and its width (enums by their underlying type).</summary>
    internal static (ulong Value, int Bits)? AsInteger(object? argument) => argument switch
    {
        Enum e => AsInteger(System.Convert.ChangeType(e, e.GetTypeCode(), CultureInfo.InvariantCulture)),
        sbyte v => (unchecked((ulong)v) & 0xFFFF_FFFF, 32),
        short v => (unchecked((ulong)v) & 0xFFFF_FFFF, 32),
        int v => (unchecked((ulong)v) & 0xFFFF_FFFF, 32),
        byte v => (v, 32),
        ushort v => (v, 32),
        uint v => (v, 32),
        char v => (v, 32),
        bool v => (v ? 1UL : 0UL, 32),
        long v => (unchecked((ulong)v), 64),
        ulong v => (v, 64),
        nint v => (unchecked((ulong)(long)v), 64),
        nuint v => (v, 64),
        _ => null,
    };

    private sealed class Spec
    {
        public string Flags { get; private init; } = string.Empty;

        public int? Width { get; private init; }

        public bool WidthFromArgument { get; private init; }

        public int? Precision { get; private init; }

        public string Length { get; private init; } = string.Empty;

        public char Conversion { get; private init; }

        public int? Position { get; private init; }

        public int End { get; private init; }

        public static Spec? Read(string format, int i)
        {
            int? position = null;
            var digitsEnd = SkipDigits(format, i);
            if (digitsEnd > i && digitsEnd < format.Length && format[digitsEnd] == '$')
            {
                position = int.Parse(format.AsSpan(i, digitsEnd - i), CultureInfo.InvariantCulture);
                i = digitsEnd + 1;
            }

            var flagsStart = i;
            while (i < format.Length && "-+ #0".Contains(format[i]))
            {
                i++;
            }

            var flags = format.Substring(flagsStart, i - flagsStart);
            int? width = null;
            var widthFromArgument = false;
            if (i < format.Length && format[i] == '*')
            {
                widthFromArgument = true;
                i++;
            }
            else if (SkipDigits(format, i) is var widthEnd && widthEnd > i)
            {
                width = int.Parse(format.AsSpan(i, widthEnd - i), CultureInfo.InvariantCulture);
                i = widthEnd;
            }

            int? precision = null;
            if (i < format.Length && format[i] == '.')
            {
                var precisionEnd = SkipDigits(format, i + 1);
                precision = precisionEnd > i + 1 ? int.Parse(format.AsSpan(i + 1, precisionEnd - i - 1), CultureInfo.InvariantCulture) : 0;
                i = precisionEnd;
            }

            var lengthStart = i;
            foreach (var candidate in new[] { "hh", "ll", "h", "l", "j", "z", "t", "q" })
            {
                if (string.CompareOrdinal(format, i, candidate, 0, candidate.Length) == 0)
                {
                    i += candidate.Length;
                    break;
                }
            }

            if (i >= format.Length)
            {
                return null;
            }

            return new Spec
            {
                Flags = flags,
                Width = width,
                WidthFromArgument = widthFromArgument,
                Precision = precision,
                Length = format.Substring(lengthStart, i - lengthStart),
                Conversion = format[i],
                Position = position,
                End = i + 1,
            };
        }

        private static int SkipDigits(string format, int i)
        {
            while (i < format.Length && char.IsAsciiDigit(format[i]))
            {
                i++;
            }

            return i;
        }
    }
}
