using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Calls;

internal static class ArgumentClassifier
{
    /// <param name="value">The argument as written.</param>
    /// <param name="pointerArguments">The dialect passes arrays, spans, unmanaged pointers, <c>Guid</c> and <c>DateTime</c> as pointers; otherwise they have no C meaning.</param>
    public static ArgumentClass Classify(IOperation value, bool pointerArguments)
    {
        var type = value.Type;

        if (CanBeNullConstant(value, type) && value.ConstantValue is { HasValue: true, Value: null })
        {
            return ArgumentClass.Null;
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying })
        {
            type = underlying;
        }

        return type?.SpecialType switch
        {
            SpecialType.System_SByte or SpecialType.System_Byte
                or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32
                or SpecialType.System_Char or SpecialType.System_Boolean => ArgumentClass.Integer32,
            SpecialType.System_Int64 or SpecialType.System_UInt64
                or SpecialType.System_IntPtr or SpecialType.System_UIntPtr => ArgumentClass.Integer64,
            SpecialType.System_Double or SpecialType.System_Single => ArgumentClass.FloatingPoint,
            SpecialType.System_String => ArgumentClass.String,
            _ when pointerArguments && type is not null => ClassifyPointer(type),
            _ => ArgumentClass.Other,
        };
    }

    private static ArgumentClass ClassifyPointer(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte or SpecialType.System_SByte } => ArgumentClass.NarrowText,
        IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Char } => ArgumentClass.WideText,
        IPointerTypeSymbol { PointedAtType.SpecialType: SpecialType.System_Byte or SpecialType.System_SByte } => ArgumentClass.NarrowText,
        IPointerTypeSymbol { PointedAtType.SpecialType: SpecialType.System_Char } => ArgumentClass.WideText,
        IPointerTypeSymbol { PointedAtType: { Name: "Guid", ContainingNamespace.Name: "System" } } => ArgumentClass.Guid,
        INamedTypeSymbol span when IsSpanOf(span, SpecialType.System_Byte) => ArgumentClass.NarrowText,
        INamedTypeSymbol span when IsSpanOf(span, SpecialType.System_Char) => ArgumentClass.WideText,
        INamedTypeSymbol { Name: "Guid", ContainingNamespace.Name: "System" } => ArgumentClass.Guid,
        INamedTypeSymbol { SpecialType: SpecialType.System_DateTime } => ArgumentClass.Time,
        IPointerTypeSymbol or IFunctionPointerTypeSymbol => ArgumentClass.Pointer,
        _ => ArgumentClass.Other,
    };

    /// <summary>
    /// Only a reference (or typeless) value can be the null constant, and a literal that has a type is
    /// not <c>null</c>. Asking a value type's <c>ConstantValue</c> boxes the constant, and a string
    /// literal's rebuilds the string, on every call.
    /// </summary>
    private static bool CanBeNullConstant(IOperation value, ITypeSymbol? type) =>
        type is null || (type.IsReferenceType && value.Kind != OperationKind.Literal);

    private static bool IsSpanOf(INamedTypeSymbol type, SpecialType element) =>
        type is { Name: "ReadOnlySpan" or "Span", ContainingNamespace.Name: "System", TypeArguments.Length: 1 }
        && type.TypeArguments[0].SpecialType == element;

    /// <summary>Slots the argument occupies in the printer's argument list: on 4-byte slots a 64-bit value takes two.</summary>
    public static int SlotsOf(ArgumentClass argumentClass, int slotBytes) =>
        slotBytes == 4 && argumentClass is ArgumentClass.Integer64 or ArgumentClass.FloatingPoint ? 2 : 1;
}
