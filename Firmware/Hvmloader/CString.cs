using System;

namespace FirmwareGuard.Firmware.Hvmloader;

/// <summary>The C library pieces hvmloader applies to xenstore values.</summary>
internal static class CString
{
    /// <summary>Any magnitude past this saturates; keeps the arithmetic from overflowing.</summary>
    private static readonly Int128 Beyond = (Int128)ulong.MaxValue + 1;

    /// <summary>
    /// strtoll(s, NULL, 0): leading spaces, a sign, then hex after "0x", octal after "0", else decimal,
    /// up to the first character that is not a digit of the base; 0 when there are none. Saturates on overflow.
    /// </summary>
    public static long Strtoll(string text)
    {
        var position = 0;
        while (position < text.Length && text[position] is ' ' or '\t' or '\n' or '\v' or '\f' or '\r')
        {
            position++;
        }

        var negative = false;
        if (position < text.Length && text[position] is '+' or '-')
        {
            negative = text[position] == '-';
            position++;
        }

        var radix = 10;
        if (position + 1 < text.Length && text[position] == '0' && text[position + 1] is 'x' or 'X'
            && position + 2 < text.Length && DigitValue(text[position + 2]) < 16)
        {
            radix = 16;
            position += 2;
        }
        else if (position < text.Length && text[position] == '0')
        {
            radix = 8;
        }

        Int128 magnitude = 0;
        for (; position < text.Length && DigitValue(text[position]) < radix; position++)
        {
            magnitude = Int128.Min((magnitude * radix) + DigitValue(text[position]), Beyond);
        }

        var value = negative ? -magnitude : magnitude;
        return (long)Int128.Clamp(value, long.MinValue, long.MaxValue);
    }

    private static int DigitValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'z' => c - 'a' + 10,
        >= 'A' and <= 'Z' => c - 'A' + 10,
        _ => int.MaxValue,
    };
}
