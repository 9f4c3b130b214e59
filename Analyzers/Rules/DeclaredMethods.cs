using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FirmwareGuard.Rules;

/// <summary>
/// The methods, constructors, operators and accessors a file declares, for the rules about
/// declarations (FG0901, FG0903). They run once per file from a semantic-model action rather than
/// once per method from a symbol action, which costs a callback for every method in the compilation:
/// the declarations are found without reading any body, and only those whose syntax can matter to
/// the rule get their symbol. A local function is in a body and is not listed, as a symbol action
/// would not be called for it; a generated file gets no semantic-model action, as its methods would
/// get no symbol action.
/// </summary>
internal static class DeclaredMethods
{
    public static IEnumerable<(IMethodSymbol Method, SyntaxNode Declaration)> In(SemanticModel model, Func<SyntaxNode, bool> mayMatter, CancellationToken cancellationToken)
    {
        var root = model.SyntaxTree.GetRoot(cancellationToken);
        foreach (var node in root.DescendantNodes(descendIntoChildren: ContainsDeclarations))
        {
            if (node is not (BaseMethodDeclarationSyntax or AccessorDeclarationSyntax) || !mayMatter(node))
            {
                continue;
            }

            if (model.GetDeclaredSymbol(node, cancellationToken) is IMethodSymbol method)
            {
                yield return (method, node);
            }
        }
    }

    private static bool ContainsDeclarations(SyntaxNode node) =>
        node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax
            or BasePropertyDeclarationSyntax or AccessorListSyntax;
}
