using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Calls;

internal static class ArgumentClassifier
{
    public static ArgumentClass Classify(IOperation value)
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
            _ => ArgumentClass.Other,
        };
    }

    /// <summary>
    /// Only a reference (or typeless) value can be the null constant, and a literal that has a type is
    /// not <c>null</c>. Asking a value type's <c>ConstantValue</c> boxes the constant, and a string
    /// literal's rebuilds the string, on every call.
    /// </summary>
    private static bool CanBeNullConstant(IOperation value, ITypeSymbol? type) =>
        type is null || (type.IsReferenceType && value.Kind != OperationKind.Literal);

    /// <summary>32-bit slots the argument occupies in the printer's argument list.</summary>
    public static int SlotsOf(ArgumentClass argumentClass) =>
        argumentClass is ArgumentClass.Integer64 or ArgumentClass.FloatingPoint ? 2 : 1;
}
