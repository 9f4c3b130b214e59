using System;
using System.Globalization;

namespace FirmwareGuard.Firmware.Scenarios;

/// <summary>Sizes as scenarios write them ("0x10000000", "256MiB", "4GiB", "4096") and as reports show them.</summary>
public static class Sizes
{
    private static readonly (string Suffix, int Shift)[] Units = [("TiB", 40), ("GiB", 30), ("MiB", 20), ("KiB", 10)];

    /// <summary>Parses a size in bytes; null when the text is not one, or does not fit in 64 bits.</summary>
    public static ulong? Parse(string text)
    {
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return text.Length > 2 && ulong.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex)
                ? hex
                : null;
        }

        var shift = 0;
        var digits = text;
        foreach (var (suffix, unitShift) in Units)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                (digits, shift) = (text[..^suffix.Length], unitShift);
                break;
            }
        }

        if (!ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > ulong.MaxValue >> shift)
        {
            return null;
        }

        return count << shift;
    }

    /// <summary>"256 MiB", "512 KiB", "16 bytes": the largest unit that divides the size exactly.</summary>
    public static string Describe(ulong size) => Unit(size) is ({ } count, { } suffix) ? $"{count} {suffix}" : $"{size} bytes";

    /// <summary>The size as a scenario file writes it and <see cref="Parse"/> reads it back: "256MiB", or bytes ("16").</summary>
    public static string Text(ulong size) => Unit(size) is ({ } count, { } suffix) ? $"{count}{suffix}" : size.ToString(CultureInfo.InvariantCulture);

    /// <summary>The size in the largest unit that divides it exactly; nulls below 1 KiB or when no unit does.</summary>
    private static (ulong? Count, string? Suffix) Unit(ulong size)
    {
        foreach (var (suffix, shift) in Units)
        {
            if (size >= 1ul << shift && size % (1ul << shift) == 0)
            {
                return (size >> shift, suffix);
            }
        }

        return (null, null);
    }
}
