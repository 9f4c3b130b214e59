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
    /// <summary>The symbol the operation itself writes, or null.</summary>
    public static ISymbol? WrittenBy(IOperation operation) => operation switch
    {
        IAssignmentOperation assignment => Target(assignment.Target),
        IVariableDeclaratorOperation { Initializer: not null } declarator => declarator.Symbol,
        IIncrementOrDecrementOperation increment => Target(increment.Target),
        IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out } argument => Target(argument.Value),
        _ => null,
    };

    private static ISymbol? Target(IOperation target) => target switch
    {
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        IFieldReferenceOperation field => field.Field.OriginalDefinition,
        IPropertyReferenceOperation property => property.Property.OriginalDefinition,
        _ => null,
    };
}
