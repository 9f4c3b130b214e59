using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.Logging;

/// <summary>
/// What the message rules count as a write: an assignment (compound ones too), a declaration with an
/// initializer, an increment or decrement, and a <c>ref</c> or <c>out</c> argument — to a local,
/// parameter, field or property.
/// </summary>
internal static class Writes
{
    /// <summary>The symbol the operation itself writes, or null. Asked of every operation a rule walks, so it dispatches on the kind.</summary>
    public static ISymbol? WrittenBy(IOperation operation) => operation.Kind switch
    {
        OperationKind.SimpleAssignment or OperationKind.CompoundAssignment or OperationKind.CoalesceAssignment or OperationKind.DeconstructionAssignment
            => ValueIdentity.SymbolOf(((IAssignmentOperation)operation).Target),
        OperationKind.VariableDeclarator => operation is IVariableDeclaratorOperation { Initializer: not null } declarator ? declarator.Symbol : null,
        OperationKind.Increment or OperationKind.Decrement => ValueIdentity.SymbolOf(((IIncrementOrDecrementOperation)operation).Target),
        OperationKind.Argument => operation is IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument ? ValueIdentity.SymbolOf(argument.Value) : null,
        _ => null,
    };
}
