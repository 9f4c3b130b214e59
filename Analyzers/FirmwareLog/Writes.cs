using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.FirmwareLog;

/// <summary>
/// What the message rules count as a write: an assignment (compound ones too), a declaration with an
/// initializer, an increment or decrement, a <c>ref</c> or <c>out</c> argument, and each target of a
/// deconstruction (<c>(low, high) = (a, b)</c>) — to a local, parameter, field or property. Binding a
/// <c>ref</c> local (<c>ref var slot = ref bar.Base</c>) writes nothing; a write through it writes the
/// <c>ref</c> local, which <see cref="LocalDefinitions"/> maps to what it aliases.
/// </summary>
internal static class Writes
{
    /// <summary>The symbol the operation itself writes, or null. Asked of every operation a rule walks, so it dispatches on the kind.</summary>
    public static ISymbol? WrittenBy(IOperation operation) => operation.Kind switch
    {
        OperationKind.SimpleAssignment => operation is ISimpleAssignmentOperation { IsRef: false } assignment ? ValueIdentity.SymbolOf(assignment.Target) : null,
        OperationKind.CompoundAssignment or OperationKind.CoalesceAssignment => ValueIdentity.SymbolOf(((IAssignmentOperation)operation).Target),
        OperationKind.VariableDeclarator => operation is IVariableDeclaratorOperation { Initializer: not null, Symbol.IsRef: false } declarator ? declarator.Symbol : null,
        OperationKind.Increment or OperationKind.Decrement => ValueIdentity.SymbolOf(((IIncrementOrDecrementOperation)operation).Target),
        OperationKind.Argument => operation is IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument ? ValueIdentity.SymbolOf(argument.Value) : null,
        OperationKind.LocalReference or OperationKind.ParameterReference or OperationKind.FieldReference or OperationKind.PropertyReference
            => IsDeconstructedInto(operation) ? ValueIdentity.SymbolOf(operation) : null,
        _ => null,
    };

    /// <summary>Whether the reference is one of the targets of a deconstruction assignment.</summary>
    private static bool IsDeconstructedInto(IOperation reference)
    {
        var node = reference;
        while (node.Parent is { Kind: OperationKind.Tuple } tuple)
        {
            node = tuple;
        }

        return node != reference && node.Parent is IDeconstructionAssignmentOperation deconstruction && deconstruction.Target == node;
    }
}
