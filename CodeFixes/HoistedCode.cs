using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// The argument expressions a fix moves ahead of a shim call's statement (into locals or
/// <c>_ = ...;</c>), and what that code can change. An expression the original evaluated before
/// them, and that is left in place, is now evaluated after them: it may stay only when nothing
/// hoisted can change its value. That is provable here only for constants and for locals and
/// by-value parameters that the hoisted code does not mention, that no lambda or local function
/// captures and that are never taken by reference, and for built-in arithmetic on those; a field,
/// an element, a property or a call always counts as changeable.
/// </summary>
internal sealed class HoistedCode
{
    private readonly SyntaxNode scope;
    private readonly SemanticModel model;
    private readonly HashSet<ISymbol> mentioned = new(SymbolEqualityComparer.Default);
    private HashSet<ISymbol>? aliased;

    public HoistedCode(SyntaxNode position, SemanticModel model)
    {
        scope = position.AncestorsAndSelf().FirstOrDefault(n => n is MemberDeclarationSyntax and not (BaseTypeDeclarationSyntax or BaseNamespaceDeclarationSyntax or GlobalStatementSyntax))
            ?? position.SyntaxTree.GetRoot();
        this.model = model;
    }

    public bool IsEmpty { get; private set; } = true;

    public void Add(IOperation hoisted)
    {
        IsEmpty = false;
        foreach (var operation in hoisted.DescendantsAndSelf())
        {
            switch (operation)
            {
                case ILocalReferenceOperation local:
                    mentioned.Add(local.Local);
                    break;
                case IParameterReferenceOperation parameter:
                    mentioned.Add(parameter.Parameter);
                    break;
            }
        }
    }

    /// <summary>True when running the hoisted code first cannot change what <paramref name="operation"/> evaluates to, nor make it throw.</summary>
    public bool CannotChange(IOperation operation)
    {
        if (operation.ConstantValue.HasValue)
        {
            return true;
        }

        return operation switch
        {
            ILocalReferenceOperation local => !local.Local.IsRef && IsUntouched(local.Local),
            IParameterReferenceOperation parameter => parameter.Parameter.RefKind == RefKind.None && IsUntouched(parameter.Parameter),
            IInstanceReferenceOperation instance => instance.Type is { IsReferenceType: true },
            ITypeOfOperation or ISizeOfOperation or IDefaultValueOperation => true,
            _ => Purity.IsBuiltInOperationOn(operation, CannotChange),
        };
    }

    /// <summary>True when a hoisted expression reads or writes a local declared inside <paramref name="region"/>.</summary>
    public bool MentionsLocalDeclaredIn(TextSpan region) =>
        mentioned.OfType<ILocalSymbol>().Any(local => local.DeclaringSyntaxReferences.Any(reference => region.Contains(reference.Span)));

    private bool IsUntouched(ISymbol variable) =>
        !mentioned.Contains(variable)
        && variable.DeclaringSyntaxReferences.Any(reference => scope.Span.Contains(reference.Span))
        && !Aliased().Contains(variable);

    /// <summary>The locals and parameters of the scope that a lambda or local function captures, or that are taken by reference.</summary>
    private HashSet<ISymbol> Aliased()
    {
        if (aliased is not null)
        {
            return aliased;
        }

        aliased = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var identifier in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (model.GetSymbolInfo(identifier).Symbol is not { } variable || variable is not (ILocalSymbol or IParameterSymbol))
            {
                continue;
            }

            if (IsTakenByReference(identifier) || IsCaptured(identifier, variable))
            {
                aliased.Add(variable);
            }
        }

        return aliased;
    }

    /// <summary><c>ref x</c>, <c>out x</c>, <c>in x</c>, <c>&amp;x</c>, and the same through a member or element of <c>x</c>.</summary>
    private static bool IsTakenByReference(ExpressionSyntax identifier)
    {
        SyntaxNode node = identifier;
        while (node.Parent is MemberAccessExpressionSyntax access && access.Expression == node
            || node.Parent is ElementAccessExpressionSyntax element && element.Expression == node
            || node.Parent is ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        return node.Parent switch
        {
            ArgumentSyntax argument => !argument.RefKindKeyword.IsKind(SyntaxKind.None),
            RefExpressionSyntax => true,
            PrefixUnaryExpressionSyntax unary => unary.IsKind(SyntaxKind.AddressOfExpression),
            _ => false,
        };
    }

    /// <summary>Used inside a lambda or local function that does not itself declare it.</summary>
    private static bool IsCaptured(SyntaxNode identifier, ISymbol variable)
    {
        var function = identifier.Ancestors().FirstOrDefault(n => n is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax);
        return function is not null && !variable.DeclaringSyntaxReferences.Any(reference => function.Span.Contains(reference.Span));
    }
}
