using System;
using System.Globalization;

namespace FirmwareGuard.Firmware.Cli;

/// <summary>
/// A printf argument typed on the command line as TYPE:VALUE, giving the C# value the shim receives:
/// u8 u16 u32 i32 u64 i64 (decimal, or hex with 0x; the signed ones may be negative), char (one
/// character), str (the rest of the text, as is), or the bare word null.
/// </summary>
internal static class TypedArgument
{
    public const string Types = "u8, u16, u32, i32, u64, i64, char, str, null";

    public static object? Parse(string text)
    {
        if (text == "null")
        {
            return null;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            throw new UsageError($"argument '{text}' has no type prefix (expected TYPE:VALUE with TYPE one of {Types})");
        }

        var type = text[..colon];
        var value = text[(colon + 1)..];
        return type switch
        {
            "u8" => (byte)Integer(text, type, value, byte.MinValue, byte.MaxValue),
            "u16" => (ushort)Integer(text, type, value, ushort.MinValue, ushort.MaxValue),
            "u32" => (uint)Integer(text, type, value, uint.MinValue, uint.MaxValue),
            "i32" => (int)Integer(text, type, value, int.MinValue, int.MaxValue),
            "u64" => (ulong)Integer(text, type, value, ulong.MinValue, ulong.MaxValue),
            "i64" => (long)Integer(text, type, value, long.MinValue, long.MaxValue),
            "char" => value.Length == 1
                ? value[0]
                : throw new UsageError($"argument '{text}': a char argument takes exactly one character"),
            "str" => value,
            _ => throw new UsageError($"argument '{text}' has an unknown type prefix '{type}' (expected one of {Types})"),
        };
    }

    private static Int128 Integer(string text, string type, string value, Int128 minimum, Int128 maximum)
    {
        var negative = value.StartsWith('-');
        var magnitude = negative ? value[1..] : value;
        var hex = magnitude.StartsWith("0x", StringComparison.OrdinalIgnoreCase);
        var digits = hex ? magnitude[2..] : magnitude;
        var style = hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None;
        if (digits.Length == 0 || !UInt128.TryParse(digits, style, CultureInfo.InvariantCulture, out var parsed))
        {
            throw new UsageError($"argument '{text}': '{value}' is not a decimal or 0x-hex integer");
        }

        var number = parsed > (UInt128)Int128.MaxValue ? (Int128?)null : negative ? -(Int128)parsed : (Int128)parsed;
        if (number is not { } inRange || inRange < minimum || inRange > maximum)
        {
            throw new UsageError($"argument '{text}': {value} is out of range for {type} ({minimum} to {maximum})");
        }

        return inRange;
    }
}
