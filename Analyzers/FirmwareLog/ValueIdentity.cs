using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.FirmwareLog;

/// <summary>
/// "The same value": operation trees equal apart from conversions, built from locals, parameters,
/// fields, constants, <c>this</c>, property reads (taken as stable) and array elements whose indices are
/// constants, locals or parameters (a caller checks that nothing writes them between the two reads) — so
/// <c>(uint)(((ulong)lowMemPgend &lt;&lt; 12) &gt;&gt; 32)</c> and <c>(uint)((ulong)lowMemPgend &lt;&lt; 12)</c> are halves of one value.
/// </summary>
internal static class ValueIdentity
{
    public static bool SameValue(IOperation left, IOperation right)
    {
        left = WithoutConversions(left);
        right = WithoutConversions(right);
        if (left.ConstantValue.HasValue || right.ConstantValue.HasValue)
        {
            return left.ConstantValue.HasValue && right.ConstantValue.HasValue && Equals(left.ConstantValue.Value, right.ConstantValue.Value);
        }

        switch (left)
        {
            case ILocalReferenceOperation local when right is ILocalReferenceOperation otherLocal:
                return SymbolEqualityComparer.Default.Equals(local.Local, otherLocal.Local);
            case IParameterReferenceOperation parameter when right is IParameterReferenceOperation otherParameter:
                return SymbolEqualityComparer.Default.Equals(parameter.Parameter, otherParameter.Parameter);
            case IInstanceReferenceOperation when right is IInstanceReferenceOperation:
                return true;
            case IFieldReferenceOperation field when right is IFieldReferenceOperation otherField:
                return SymbolEqualityComparer.Default.Equals(field.Field, otherField.Field) && SameInstance(field.Instance, otherField.Instance);
            case IPropertyReferenceOperation property when right is IPropertyReferenceOperation otherProperty:
                return SymbolEqualityComparer.Default.Equals(property.Property, otherProperty.Property)
                    && SameInstance(property.Instance, otherProperty.Instance)
                    && SameValues(property.Arguments, otherProperty.Arguments);
            case IArrayElementReferenceOperation element when right is IArrayElementReferenceOperation otherElement:
                return SameValue(element.ArrayReference, otherElement.ArrayReference)
                    && element.Indices.Length == otherElement.Indices.Length
                    && AllPlainIndices(element.Indices)
                    && SameValues(element.Indices, otherElement.Indices);
            case IBinaryOperation binary when right is IBinaryOperation otherBinary:
                return binary.OperatorKind == otherBinary.OperatorKind
                    && SameValue(binary.LeftOperand, otherBinary.LeftOperand)
                    && SameValue(binary.RightOperand, otherBinary.RightOperand);
            case IUnaryOperation unary when right is IUnaryOperation otherUnary:
                return unary.OperatorKind == otherUnary.OperatorKind && SameValue(unary.Operand, otherUnary.Operand);
            default:
                return false;
        }
    }

    private static bool SameInstance(IOperation? left, IOperation? right) =>
        left is null ? right is null : right is not null && SameValue(left, right);

    private static bool SameValues(ImmutableArray<IArgumentOperation> left, ImmutableArray<IArgumentOperation> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (!SameValue(left[i].Value, right[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameValues(ImmutableArray<IOperation> left, ImmutableArray<IOperation> right)
    {
        for (var i = 0; i < left.Length; i++)
        {
            if (!SameValue(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Indices that name one element wherever they are read: constants, locals and parameters.</summary>
    private static bool AllPlainIndices(ImmutableArray<IOperation> indices)
    {
        foreach (var index in indices)
        {
            if (WithoutConversions(index) is not (ILocalReferenceOperation or IParameterReferenceOperation) && !index.ConstantValue.HasValue)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The locals, parameters, fields and properties an expression reads (a list may get one twice).</summary>
    public static void CollectReadSymbols(IOperation operation, ICollection<ISymbol> symbols)
    {
        if (SymbolOf(operation) is { } symbol)
        {
            symbols.Add(symbol);
        }

        foreach (var child in operation.ChildOperations)
        {
            CollectReadSymbols(child, symbols);
        }
    }

    /// <summary>
    /// Whether the expression reads the symbol (as <see cref="CollectReadSymbols"/> would collect it),
    /// without allocating. Both come from one function's operations (its tree, or the control-flow
    /// graph built from it, which keeps the tree's symbol objects), where a variable is one symbol
    /// object and <see cref="SymbolOf"/> gives members as their definitions, so they are compared by reference.
    /// </summary>
    public static bool Reads(IOperation operation, ISymbol symbol)
    {
        if (ReferenceEquals(SymbolOf(operation), symbol))
        {
            return true;
        }

        foreach (var child in operation.ChildOperations)
        {
            if (Reads(child, symbol))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The local, parameter, non-constant field or property the node itself refers to, as its original
    /// definition: what a read reads, and what a write (<see cref="Writes"/>) writes.
    /// </summary>
    public static ISymbol? SymbolOf(IOperation node) => node.Kind switch
    {
        OperationKind.LocalReference => ((ILocalReferenceOperation)node).Local,
        OperationKind.ParameterReference => ((IParameterReferenceOperation)node).Parameter.OriginalDefinition,
        OperationKind.FieldReference => node.ConstantValue.HasValue ? null : ((IFieldReferenceOperation)node).Field.OriginalDefinition,
        OperationKind.PropertyReference => ((IPropertyReferenceOperation)node).Property.OriginalDefinition,
        _ => null,
    };

    public static IOperation WithoutConversions(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
