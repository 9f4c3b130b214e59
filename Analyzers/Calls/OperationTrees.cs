using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Calls;

internal static class OperationTrees
{
    /// <summary>
    /// The syntax tree an operation is in, from its semantic model. A syntax node's own
    /// <c>SyntaxTree</c> walks up towards the root the first time each node is asked, which every shim
    /// call and every <c>string.Format</c> call (a shim candidate) would pay.
    /// </summary>
    public static SyntaxTree Of(IOperation operation) => operation.SemanticModel?.SyntaxTree ?? operation.Syntax.SyntaxTree;
}
