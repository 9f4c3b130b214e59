using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// What a fix may do with an expression without changing what the program does: read it twice
/// (the hi/lo split), leave it out (an extra argument), or leave it where it is while other code
/// moves ahead of it (<see cref="HoistedCode"/>).
/// </summary>
internal static class Purity
{
    /// <summary>
    /// A plain read that can be written twice side by side: a constant, a local, a parameter, a field
    /// read through <c>this</c>, a static, a local or a parameter (or through such a field), or a
    /// built-in conversion of one of those. Properties, indexers and calls are evaluations, never read twice.
    /// </summary>
    public static bool CanReadTwice(IOperation operation)
    {
        if (operation.ConstantValue.HasValue)
        {
            return true;
        }

        return operation switch
        {
            ILocalReferenceOperation or IParameterReferenceOperation => true,
            IFieldReferenceOperation field => IsFieldPathRoot(field.Instance),
            IConversionOperation { OperatorMethod: null, IsTryCast: false, IsChecked: false } conversion => CanReadTwice(conversion.Operand),
            IParenthesizedOperation parenthesized => CanReadTwice(parenthesized.Operand),
            _ => false,
        };
    }

    /// <summary>
    /// Evaluating it changes no state: plain reads (locals, parameters, constants, field reads as in
    /// <see cref="CanReadTwice"/>, element reads whose index is a constant, a local or a parameter)
    /// and built-in arithmetic on them. Anything else (a call, a property or indexer, <c>await</c>,
    /// <c>?.</c>, <c>++</c>, an assignment, checked arithmetic, division) counts as having side effects.
    /// A read that can only fail by throwing (a null reference, an index out of range) counts as a read.
    /// </summary>
    public static bool IsSideEffectFree(IOperation operation)
    {
        if (CanReadTwice(operation))
        {
            return true;
        }

        return operation switch
        {
            IInstanceReferenceOperation or ITypeOfOperation or ISizeOfOperation or IDefaultValueOperation => true,
            IArrayElementReferenceOperation element => IsSideEffectFree(element.ArrayReference) && element.Indices.All(IsPlainIndex),
            IFieldReferenceOperation field => field.Instance is { } instance && IsSideEffectFree(instance),
            _ => IsBuiltInOperationOn(operation, IsSideEffectFree),
        };
    }

    /// <summary>
    /// Built-in arithmetic, comparison, conversion or choice whose operands all satisfy
    /// <paramref name="operand"/> and that cannot throw (no checked arithmetic, no division).
    /// </summary>
    public static bool IsBuiltInOperationOn(IOperation operation, Func<IOperation, bool> operand) => operation switch
    {
        IConversionOperation { OperatorMethod: null, IsTryCast: false } conversion => !conversion.IsChecked && operand(conversion.Operand),
        IBinaryOperation { OperatorMethod: null } binary =>
            !binary.IsChecked
            && binary.OperatorKind is not (BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder)
            && operand(binary.LeftOperand)
            && operand(binary.RightOperand),
        IUnaryOperation { OperatorMethod: null } unary => !unary.IsChecked && operand(unary.Operand),
        IConditionalOperation conditional =>
            operand(conditional.Condition) && operand(conditional.WhenTrue) && conditional.WhenFalse is { } whenFalse && operand(whenFalse),
        IParenthesizedOperation parenthesized => operand(parenthesized.Operand),
        _ => false,
    };

    /// <summary><c>i + 1</c>, <c>(int)i</c>: an index computed from locals, parameters and constants without side effects.</summary>
    private static bool IsPlainIndex(IOperation index) =>
        index.ConstantValue.HasValue
        || index is ILocalReferenceOperation or IParameterReferenceOperation
        || IsBuiltInOperationOn(index, IsPlainIndex);

    /// <summary>What a field read may go through and still be a plain read: nothing (a static), <c>this</c>, a local, a parameter or another such field.</summary>
    private static bool IsFieldPathRoot(IOperation? instance) => instance switch
    {
        null or IInstanceReferenceOperation or ILocalReferenceOperation or IParameterReferenceOperation => true,
        IFieldReferenceOperation field => IsFieldPathRoot(field.Instance),
        IParenthesizedOperation parenthesized => IsFieldPathRoot(parenthesized.Operand),
        _ => false,
    };
}
