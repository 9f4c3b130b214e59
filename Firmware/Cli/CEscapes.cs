using System.Globalization;
using System.Text;

namespace FirmwareGuard.Firmware.Cli;

/// <summary>
/// Decodes the escape sequences of a C string literal, so a format typed on the command line reads
/// as it would in the firmware's source: \a \b \f \n \r \t \v \\ \' \" \?, \xHH... and octal \ooo.
/// A value above 0xff, an unknown escape or a trailing backslash is rejected.
/// </summary>
internal static class CEscapes
{
    public static string Decode(string text)
    {
        var decoded = new StringBuilder(text.Length);
        for (var position = 0; position < text.Length; position++)
        {
            if (text[position] != '\\')
            {
                decoded.Append(text[position]);
                continue;
            }

            position++;
            if (position == text.Length)
            {
                throw new UsageError("the format ends in a lone backslash");
            }

            var escape = text[position];
            decoded.Append(escape switch
            {
                'a' => '\a',
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'v' => '\v',
                '\\' or '\'' or '"' or '?' => escape,
                'x' => Number(text, ref position, digitsStart: position + 1, maximumDigits: int.MaxValue, radix: 16),
                >= '0' and <= '7' => Number(text, ref position, digitsStart: position, maximumDigits: 3, radix: 8),
                _ => throw new UsageError($"unknown escape sequence '\\{escape}' at offset {position - 1} of the format"),
            });
        }

        return decoded.ToString();
    }

    /// <summary>
    /// Reads a numeric escape whose backslash is just before <paramref name="position"/> and whose digits
    /// start at <paramref name="digitsStart"/>; leaves <paramref name="position"/> on its last digit.
    /// </summary>
    private static char Number(string text, ref int position, int digitsStart, int maximumDigits, int radix)
    {
        var backslash = position - 1;
        var digitsEnd = digitsStart;
        while (digitsEnd < text.Length && digitsEnd - digitsStart < maximumDigits && IsDigit(text[digitsEnd], radix))
        {
            digitsEnd++;
        }

        var escape = text[backslash..digitsEnd];
        if (digitsEnd == digitsStart)
        {
            throw new UsageError($"escape sequence '{escape}' at offset {backslash} of the format has no digits");
        }

        var value = 0;
        foreach (var digit in text[digitsStart..digitsEnd])
        {
            value = (value * radix) + int.Parse(digit.ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (value > 0xff)
            {
                throw new UsageError($"escape sequence '{escape}' at offset {backslash} of the format is out of range for a char (above 0xff)");
            }
        }

        position = digitsEnd - 1;
        return (char)value;
    }

    private static bool IsDigit(char c, int radix) =>
        radix == 8 ? c is >= '0' and <= '7' : char.IsAsciiHexDigit(c);
}
