using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FirmwareGuard.Rules;

/// <summary>
/// The methods, constructors and operators a file declares, for a rule about declarations (FG0901).
/// It runs once per file from a semantic-model action rather than once per method from a symbol
/// action, which costs a callback for every method in the compilation. The walk reads only the member
/// lists of the file, its namespaces and its types, never a body, and only the declarations whose
/// syntax can matter to the rule get their symbol. A local function is in a body
/// and is not listed, as a symbol action would not be called for it; a generated file gets no
/// semantic-model action, as its methods would get no symbol action.
/// </summary>
internal static class DeclaredMethods
{
    public static List<(IMethodSymbol Method, BaseMethodDeclarationSyntax Declaration)> In(
        SemanticModel model, Func<BaseMethodDeclarationSyntax, bool> mayMatter, CancellationToken cancellationToken)
    {
        var found = new List<(IMethodSymbol, BaseMethodDeclarationSyntax)>();
        if (model.SyntaxTree.GetRoot(cancellationToken) is CompilationUnitSyntax root)
        {
            Collect(root.Members, model, mayMatter, found, cancellationToken);
        }

        return found;
    }

    private static void Collect(
        SyntaxList<MemberDeclarationSyntax> members,
        SemanticModel model,
        Func<BaseMethodDeclarationSyntax, bool> mayMatter,
        List<(IMethodSymbol, BaseMethodDeclarationSyntax)> found,
        CancellationToken cancellationToken)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case BaseMethodDeclarationSyntax declaration when mayMatter(declaration):
                    if (model.GetDeclaredSymbol(declaration, cancellationToken) is IMethodSymbol method)
                    {
                        found.Add((method, declaration));
                    }

                    break;
                case TypeDeclarationSyntax type:
                    Collect(type.Members, model, mayMatter, found, cancellationToken);
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    Collect(ns.Members, model, mayMatter, found, cancellationToken);
                    break;
            }
        }
    }
}
