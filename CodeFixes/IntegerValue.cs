using Microsoft.CodeAnalysis;

namespace FirmwareGuard.CodeFixes;

/// <summary>Integer constants and type ranges as <see cref="decimal"/>, which holds every 64-bit value exactly.</summary>
internal static class IntegerValue
{
    public const decimal IntMinimum = int.MinValue;
    public const decimal IntMaximum = int.MaxValue;
    public const decimal UIntMaximum = uint.MaxValue;

    /// <summary>The value of an integer (or enum, or <c>char</c>) constant, or null.</summary>
    public static decimal? Of(IOperation operation) => operation.ConstantValue is { HasValue: true, Value: { } value } ? Of(value) : null;

    public static decimal? Of(object value) => value switch
    {
        sbyte v => v,
        byte v => v,
        short v => v,
        ushort v => v,
        char v => v,
        int v => v,
        uint v => v,
        long v => v,
        ulong v => v,
        _ => null,
    };

    /// <summary>The values a type can hold, for the built-in integer types and enums over them.</summary>
    public static (decimal Minimum, decimal Maximum)? RangeOf(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying })
        {
            type = underlying;
        }

        return type?.SpecialType switch
        {
            SpecialType.System_SByte => (sbyte.MinValue, sbyte.MaxValue),
            SpecialType.System_Byte => (byte.MinValue, byte.MaxValue),
            SpecialType.System_Int16 => (short.MinValue, short.MaxValue),
            SpecialType.System_UInt16 or SpecialType.System_Char => (ushort.MinValue, ushort.MaxValue),
            SpecialType.System_Int32 => (int.MinValue, int.MaxValue),
            SpecialType.System_UInt32 => (uint.MinValue, uint.MaxValue),
            SpecialType.System_Int64 => (long.MinValue, long.MaxValue),
            SpecialType.System_UInt64 => (ulong.MinValue, ulong.MaxValue),
            _ => null,
        };
    }
}
