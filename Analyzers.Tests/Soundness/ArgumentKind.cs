using System;
using System.Globalization;

namespace FirmwareGuard.Tests.Soundness;

/// <summary>A C# argument type the generator uses, with the values drawn for it.</summary>
internal sealed class ArgumentKind
{
    private readonly Func<int, Random, object?> draw;

    private ArgumentKind(string? typeName, bool isSixtyFourBit, Func<int, Random, object?> draw)
    {
        TypeName = typeName;
        IsSixtyFourBit = isSixtyFourBit;
        this.draw = draw;
    }

    /// <summary>The C# type written as the parameter type; null for the <c>null</c> literal passed inline.</summary>
    public string? TypeName { get; }

    public bool IsSixtyFourBit { get; }

    public static readonly ArgumentKind Byte = Of("byte", false, (set, r) => Pick<byte>(set, 0, byte.MaxValue, 0x7F, (byte)r.Next(256)));
    public static readonly ArgumentKind SByte = Of("sbyte", false, (set, r) => Pick<sbyte>(set, 0, sbyte.MinValue, sbyte.MaxValue, (sbyte)r.Next(-128, 128)));
    public static readonly ArgumentKind Short = Of("short", false, (set, r) => Pick<short>(set, 0, short.MinValue, short.MaxValue, (short)r.Next(short.MinValue, short.MaxValue)));
    public static readonly ArgumentKind UShort = Of("ushort", false, (set, r) => Pick<ushort>(set, 0, ushort.MaxValue, 0x8000, (ushort)r.Next(65536)));
    public static readonly ArgumentKind Int = Of("int", false, (set, r) => Pick(set, 0, -1, int.MaxValue, int.MinValue + r.Next()));
    public static readonly ArgumentKind UInt = Of("uint", false, (set, r) => Pick(set, 0u, uint.MaxValue, 0x8000_0000u, (uint)r.NextInt64(0, 1L << 32)));
    public static readonly ArgumentKind Char = Of("char", false, (set, r) => Pick(set, 'A', '\u00e9', '\u0141', (char)r.Next(32, 127)));
    public static readonly ArgumentKind Bool = Of("bool", false, (set, r) => set % 2 == 1);
    public static readonly ArgumentKind Enum32 = Of("Soundness.Small", false, (set, r) => Pick(set, 0, -7, int.MaxValue, r.Next()));
    public static readonly ArgumentKind Long = Of("long", true, (set, r) => Pick(set, 0L, -1L, long.MaxValue, 1L << 32, r.NextInt64(long.MinValue, long.MaxValue)));
    public static readonly ArgumentKind ULong = Of("ulong", true, (set, r) => Pick(set, 0UL, ulong.MaxValue, 0xFFFF_FFFFUL, 1UL << 32, (ulong)r.NextInt64() << 1));
    public static readonly ArgumentKind NInt = Of("nint", true, (set, r) => (nint)(long)Long.Draw(set, r)!);
    public static readonly ArgumentKind NUInt = Of("nuint", true, (set, r) => (nuint)(ulong)ULong.Draw(set, r)!);
    public static readonly ArgumentKind Enum64 = Of("Soundness.Wide", true, (set, r) => ULong.Draw(set, r));
    public static readonly ArgumentKind Double = Of("double", false, (set, r) => Pick(set, 0.0, -1.5, 1e300, r.NextDouble() * 1000));
    public static readonly ArgumentKind Float = Of("float", false, (set, r) => Pick(set, 0f, -2.5f, float.MaxValue, (float)r.NextDouble()));
    public static readonly ArgumentKind String = Of("string", false, (set, r) => Pick(set, string.Empty, "abc", "x\0y", "a%b", "t" + r.Next(1000).ToString(CultureInfo.InvariantCulture)));
    public static readonly ArgumentKind Decimal = Of("decimal", false, (set, r) => Pick(set, 0m, -1.5m, decimal.MaxValue, (decimal)r.NextDouble()));
    public static readonly ArgumentKind NullLiteral = Of(null, false, (set, r) => null);

    public static readonly ArgumentKind[] ThirtyTwoBit = { Byte, SByte, Short, UShort, Int, UInt, Char, Bool, Enum32 };
    public static readonly ArgumentKind[] SixtyFourBit = { Long, ULong, NInt, NUInt, Enum64 };
    public static readonly ArgumentKind[] NoIntegerMeaning = { Double, Float, String, Decimal, NullLiteral };

    /// <summary>The value for one value set: 0 = zeros, 1 = negatives and minima, 2 = maxima, 3 = just above 2^32, then random.</summary>
    public object? Draw(int valueSet, Random random)
    {
        var value = draw(valueSet, random);
        return TypeName switch
        {
            "Soundness.Small" => Enum.ToObject(SoundnessTypes.Small, (int)value!),
            "Soundness.Wide" => Enum.ToObject(SoundnessTypes.Wide, (ulong)value!),
            _ => value,
        };
    }

    internal static ArgumentKind Of(string? typeName, bool isSixtyFourBit, Func<int, Random, object?> draw) => new(typeName, isSixtyFourBit, draw);

    internal static T Pick<T>(int set, params T[] values) => values[Math.Min(set, values.Length - 1)];
}
