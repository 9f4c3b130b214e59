using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// What a fix may do with an expression without changing what the program does: read it twice
/// (the hi/lo split), or move other code ahead of it.
/// </summary>
internal static class Purity
{
    /// <summary>
    /// A plain read that can be written twice side by side: a constant, a local, a parameter, a field
    /// of <c>this</c> or a static field, or a built-in conversion of one of those.
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
            IFieldReferenceOperation field => field.Instance is null or IInstanceReferenceOperation,
            IConversionOperation { OperatorMethod: null } conversion => CanReadTwice(conversion.Operand),
            IParenthesizedOperation parenthesized => CanReadTwice(parenthesized.Operand),
            _ => false,
        };
    }

    /// <summary>
    /// Evaluating it neither changes state nor throws: plain reads and built-in arithmetic on them.
    /// Anything else (a call, a property or indexer, <c>await</c>, <c>?.</c>, <c>++</c>, an assignment,
    /// checked arithmetic, division) counts as having side effects.
    /// </summary>
    public static bool IsSideEffectFree(IOperation operation)
    {
        if (operation.ConstantValue.HasValue || CanReadTwice(operation))
        {
            return true;
        }

        return operation switch
        {
            IInstanceReferenceOperation or ITypeOfOperation or ISizeOfOperation or IDefaultValueOperation => true,
            IConversionOperation { OperatorMethod: null, IsTryCast: false } conversion =>
                !conversion.IsChecked && IsSideEffectFree(conversion.Operand),
            IBinaryOperation { OperatorMethod: null } binary =>
                !binary.IsChecked
                && binary.OperatorKind is not (BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder)
                && IsSideEffectFree(binary.LeftOperand)
                && IsSideEffectFree(binary.RightOperand),
            IUnaryOperation { OperatorMethod: null } unary => !unary.IsChecked && IsSideEffectFree(unary.Operand),
            IConditionalOperation conditional =>
                IsSideEffectFree(conditional.Condition)
                && IsSideEffectFree(conditional.WhenTrue)
                && conditional.WhenFalse is { } whenFalse && IsSideEffectFree(whenFalse),
            IParenthesizedOperation parenthesized => IsSideEffectFree(parenthesized.Operand),
            _ => false,
        };
    }
}
