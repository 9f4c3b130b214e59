using System;
using System.Globalization;
using System.Text;
using static FirmwareGuard.Tests.Soundness.ArgumentKind;

namespace FirmwareGuard.Tests.Soundness.Edk2;

/// <summary>
/// The argument kinds EDK2 calls add to the integer kinds of <see cref="ArgumentKind"/>: the pointers
/// BasePrintLib prints (narrow and UTF-16 strings, GUIDs, times), and integers whose values suit one
/// use (a width, a status, an address, a character). An address of 8 hex digits comes in the value
/// set where a width is 12, so that a '*' width pads it. Character codes never have their low 16 bits
/// all 0: EDK2 prints such a character as a space where C prints a NUL, a difference of value that
/// no rule can see (the reference printer's tests pin it).
/// </summary>
internal static class Edk2ArgumentKinds
{
    public static readonly ArgumentKind NarrowString = Of("byte[]", false, (set, r) => Encoding.ASCII.GetBytes(Pick(set, string.Empty, "abc", "narrow", "x\0y", "t" + r.Next(1000).ToString(CultureInfo.InvariantCulture))));
    public static readonly ArgumentKind WideChars = Of("char[]", false, (set, r) => Pick(set, string.Empty, "abc", "wide", "x\0y", "c" + r.Next(1000).ToString(CultureInfo.InvariantCulture)).ToCharArray());
    public static readonly ArgumentKind Guid = Of("System.Guid", false, (set, r) => Pick(set, System.Guid.Empty, new System.Guid("8be4df61-93ca-11d2-aa0d-00e098032b8c"), new System.Guid(RandomBytes(r))));
    public static readonly ArgumentKind Time = Of("System.DateTime", false, (set, r) => Pick(set, new DateTime(2000, 1, 1), new DateTime(2024, 7, 2, 9, 5, 31), new DateTime(1999, 12, 31, 23, 59, 0), new DateTime(1970, 1, 1).AddMinutes(r.Next(40_000_000))));

    public static readonly ArgumentKind[] Widths =
    {
        Of("int", false, (set, r) => Pick(set, 0, 1, 12, 5, r.Next(13))),
        Of("uint", false, (set, r) => Pick(set, 0u, 1u, 12u, 5u, (uint)r.Next(13))),
        Of("nuint", true, (set, r) => Pick<nuint>(set, 0, 1, 12, 5, (nuint)r.Next(13))),
        Of("ulong", true, (set, r) => Pick(set, 0UL, 1UL, 12UL, 5UL, (ulong)r.Next(13))),
    };

    public static readonly ArgumentKind[] Statuses32 =
    {
        Of("uint", false, (set, r) => Pick(set, 0u, 4u, 0x8000000Eu, 0x80000064u, 0x80000000u | (uint)r.Next(40), (uint)r.Next(10))),
        Of("int", false, (set, r) => Pick(set, 0, 4, unchecked((int)0x80000002), 0x64, r.Next(10))),
    };

    public static readonly ArgumentKind[] Statuses64 =
    {
        Of("ulong", true, (set, r) => Pick(set, 0UL, 4UL, 0x800000000000000EUL, 0x8000000000000064UL, 0x8000000000000000UL + (ulong)r.Next(40), (ulong)r.Next(10))),
        Of("nuint", true, (set, r) => Pick<nuint>(set, 0, 4, unchecked((nuint)0x8000000000000001UL), 0x64, (nuint)r.Next(10))),
    };

    public static readonly ArgumentKind[] Addresses32 =
    {
        Of("uint", false, (set, r) => Pick(set, 0u, uint.MaxValue, 0x7FE12000u, (uint)r.NextInt64(0, 1L << 32))),
    };

    public static readonly ArgumentKind[] Addresses64 =
    {
        Of("nuint", true, (set, r) => Pick<nuint>(set, 0, unchecked((nuint)0xFFFF800012345678UL), 0x7FE12000, (nuint)(ulong)r.NextInt64())),
        Of("ulong", true, (set, r) => Pick(set, 0UL, 0xFFFF800012345678UL, 0x7FE12000UL, (ulong)r.NextInt64())),
    };

    public static readonly ArgumentKind[] Characters32 =
    {
        ArgumentKind.Char,
        Of("int", false, (set, r) => Pick(set, 'A', -1, 0x141, 0x1_0041, r.Next(32, 127))),
        Of("ushort", false, (set, r) => Pick<ushort>(set, 'A', ushort.MaxValue, 0x141, 0xE9, (ushort)r.Next(32, 127))),
        Of("byte", false, (set, r) => Pick<byte>(set, (byte)'A', byte.MaxValue, 0x7F, 0xE9, (byte)r.Next(32, 127))),
    };

    public static readonly ArgumentKind[] Characters64 =
    {
        Of("long", true, (set, r) => Pick(set, 'A', -1L, 0x1_0000_0041L, 0x141L, r.Next(32, 127) + ((long)r.Next() << 32))),
        Of("nuint", true, (set, r) => Pick<nuint>(set, 'A', unchecked((nuint)0x1_0000_0042UL), 0xE9, (nuint)r.Next(32, 127))),
    };

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return bytes;
    }
}
