using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.FirmwareLog;

/// <summary>Which 32-bit half of a 64-bit value an argument prints.</summary>
internal enum Half
{
    Lower,
    Upper,
}

/// <summary>
/// Recognises an argument that narrows a 64-bit value to 32 bits: <c>(uint)v</c>, <c>unchecked((int)v)</c>,
/// <c>(uint)(v &amp; 0xFFFFFFFF)</c> and <c>(uint)(v % 0x100000000)</c> print the lower half of <c>v</c>;
/// <c>(uint)(v &gt;&gt; 32)</c>, <c>(uint)(v &gt;&gt;&gt; 32)</c> and <c>(uint)(v / 0x100000000)</c> print the upper half.
/// A shift by more than 32 (<c>gpa &gt;&gt; 40</c>) keeps bits that fit and is not a half. A mask that keeps anything but exactly the low 32 bits (<c>size &amp; 0xFFF</c>) is deliberate and is not a half,
/// and so are <c>checked((uint)v)</c> (it throws instead of truncating) and a constant that fits.
/// </summary>
internal readonly struct WordHalf
{
    private const ulong LowWordMask = 0xFFFF_FFFF;
    private const ulong WordSize = 0x1_0000_0000;

    private WordHalf(IOperation value, Half half)
    {
        Value = value;
        Half = half;
    }

    /// <summary>The 64-bit value the half is taken from.</summary>
    public IOperation Value { get; }

    public Half Half { get; }

    public static WordHalf? Of(IOperation argument)
    {
        if (argument is not IConversionOperation { Operand: var operand } conversion
            || !IsThirtyTwoBitInteger(conversion.Type)
            || !IsSixtyFourBitInteger(operand.Type))
        {
            return null;
        }

        var inner = ValueIdentity.WithoutConversions(operand);
        var masked = inner is IBinaryOperation { OperatorKind: BinaryOperatorKind.And };
        if (inner is IBinaryOperation { OperatorKind: BinaryOperatorKind.And } mask)
        {
            if (IsConstant(mask.RightOperand, LowWordMask))
            {
                inner = ValueIdentity.WithoutConversions(mask.LeftOperand);
            }
            else if (IsConstant(mask.LeftOperand, LowWordMask))
            {
                inner = ValueIdentity.WithoutConversions(mask.RightOperand);
            }
            else
            {
                return null;
            }
        }

        if (inner is IBinaryOperation { OperatorKind: BinaryOperatorKind.RightShift or BinaryOperatorKind.UnsignedRightShift } shift
            && ConstantOf(shift.RightOperand) is >= 32 and < 64 and var bits)
        {
            // v >> 32 is the upper half; v >> 40 keeps only bits that fit, deliberately.
            return bits == 32 && IsSixtyFourBitInteger(shift.LeftOperand.Type) ? new WordHalf(shift.LeftOperand, Half.Upper) : null;
        }

        if (inner is IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide } quotient && IsConstant(quotient.RightOperand, WordSize))
        {
            return IsSixtyFourBitInteger(quotient.LeftOperand.Type) ? new WordHalf(quotient.LeftOperand, Half.Upper) : null;
        }

        if (inner is IBinaryOperation { OperatorKind: BinaryOperatorKind.Remainder } remainder && IsConstant(remainder.RightOperand, WordSize))
        {
            return IsSixtyFourBitInteger(remainder.LeftOperand.Type) ? new WordHalf(remainder.LeftOperand, Half.Lower) : null;
        }

        if (!IsSixtyFourBitInteger(inner.Type))
        {
            // (uint)(i & 0xFFFFFFFF) with an int i, or (uint)(ulong)u: a 32-bit value widened on the way, nothing lost.
            return null;
        }

        return !masked && (conversion.IsChecked || KeepsTheWholeValue(conversion)) ? null : new WordHalf(inner, Half.Lower);
    }

    /// <summary>A <c>checked</c> narrowing throws rather than drop the upper half; a constant that fits loses nothing.</summary>
    private static bool KeepsTheWholeValue(IConversionOperation conversion) =>
        conversion.ConstantValue is { HasValue: true, Value: { } narrowed }
        && conversion.Operand.ConstantValue is { HasValue: true, Value: { } wide }
        && System.Convert.ToDecimal(narrowed, System.Globalization.CultureInfo.InvariantCulture) == System.Convert.ToDecimal(wide, System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsConstant(IOperation operation, ulong value) => ConstantOf(operation) == value;

    private static ulong? ConstantOf(IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: { } constant } ? AsUInt64(constant) : null;

    private static ulong? AsUInt64(object constant) => constant switch
    {
        ulong u => u,
        long l => unchecked((ulong)l),
        uint u => u,
        int i => unchecked((ulong)i),
        _ => null,
    };

    public static bool IsSixtyFourBitInteger(ITypeSymbol? type) =>
        UnderlyingSpecialType(type) is SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_IntPtr or SpecialType.System_UIntPtr;

    private static bool IsThirtyTwoBitInteger(ITypeSymbol? type) =>
        UnderlyingSpecialType(type) is SpecialType.System_Int32 or SpecialType.System_UInt32;

    private static SpecialType UnderlyingSpecialType(ITypeSymbol? type) =>
        type is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying } ? underlying.SpecialType : type?.SpecialType ?? SpecialType.None;
}
