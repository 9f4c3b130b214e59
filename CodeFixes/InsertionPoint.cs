using System.Collections.Generic;
using System.Linq;
using FirmwareGuard.Calls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// Where new locals can go so that they run exactly when the shim call's arguments did: right
/// before the statement that holds the call, or at the top of an expression body turned into a
/// block. Found only when the call runs exactly once per execution of that statement and nothing
/// evaluated before it in the statement has side effects.
/// </summary>
internal sealed class InsertionPoint
{
    private InsertionPoint(SyntaxNode anchor, bool returnsValue)
    {
        Anchor = anchor;
        ReturnsValue = returnsValue;
    }

    /// <summary>A <see cref="StatementSyntax"/>, an <see cref="ArrowExpressionClauseSyntax"/> or a lambda with an expression body.</summary>
    public SyntaxNode Anchor { get; }

    /// <summary>For an expression body: whether the block must <c>return</c> the expression.</summary>
    public bool ReturnsValue { get; }

    public static InsertionPoint? Find(ShimCall call, SemanticModel model)
    {
        if (call.Invocation.Instance is { } receiver && !Purity.IsSideEffectFree(receiver))
        {
            return null;
        }

        foreach (var argument in call.Invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal != call.Shim.VariadicOrdinal && argument.Parameter is not null && !Purity.IsSideEffectFree(argument.Value))
            {
                return null;
            }
        }

        SyntaxNode node = call.Invocation.Syntax;
        while (node.Parent is { } parent)
        {
            switch (parent)
            {
                case StatementSyntax statement:
                    return RunsOnce(statement, node) && PrecedingIsSideEffectFree(parent, node, model) ? new InsertionPoint(statement, false) : null;
                case ArrowExpressionClauseSyntax arrow:
                    return BodyReturns(arrow.Parent, model) is { } returns ? new InsertionPoint(arrow, returns) : null;
                case AnonymousFunctionExpressionSyntax lambda when lambda.ExpressionBody == node:
                    return LambdaReturns(lambda, model) is { } lambdaReturns ? new InsertionPoint(lambda, lambdaReturns) : null;
            }

            if (IsConditionallyEvaluated(parent, node) || !PrecedingIsSideEffectFree(parent, node, model))
            {
                return null;
            }

            node = parent;
        }

        return null;
    }

    /// <summary>
    /// Positions where an expression runs zero or many times per execution of its statement, or in
    /// a different context: the right of <c>&amp;&amp;</c>, <c>||</c>, <c>??</c>, <c>??=</c>; a branch of
    /// <c>?:</c> or a switch arm; after <c>?.</c>; inside <c>checked(...)</c>, an interpolation, a query;
    /// a <c>when</c> filter; and anything outside a method body (field and property initializers,
    /// attributes, <c>base(...)</c>).
    /// </summary>
    private static bool IsConditionallyEvaluated(SyntaxNode parent, SyntaxNode node) => parent switch
    {
        BinaryExpressionSyntax binary => binary.Right == node
            && binary.Kind() is SyntaxKind.LogicalAndExpression or SyntaxKind.LogicalOrExpression or SyntaxKind.CoalesceExpression,
        AssignmentExpressionSyntax assignment => assignment.Right == node && assignment.IsKind(SyntaxKind.CoalesceAssignmentExpression),
        ConditionalExpressionSyntax conditional => conditional.Condition != node,
        ConditionalAccessExpressionSyntax access => access.WhenNotNull == node,
        SwitchExpressionArmSyntax or CheckedExpressionSyntax or InterpolationSyntax or QueryExpressionSyntax or QueryBodySyntax
            or QueryClauseSyntax or SelectOrGroupClauseSyntax or AnonymousFunctionExpressionSyntax or ConstructorInitializerSyntax
            or AttributeArgumentSyntax or MemberDeclarationSyntax or ParameterSyntax
            or WhenClauseSyntax or CatchFilterClauseSyntax or SwitchLabelSyntax => true,
        _ => false,
    };

    /// <summary>Loop conditions and <c>for</c> iterators run many times; everything else in a statement runs once.</summary>
    private static bool RunsOnce(StatementSyntax statement, SyntaxNode node) => statement switch
    {
        WhileStatementSyntax or DoStatementSyntax => false,
        ForStatementSyntax loop => loop.Declaration == node || loop.Initializers.Contains(node),
        _ => true,
    };

    /// <summary>Everything written before <paramref name="node"/> inside <paramref name="parent"/> is evaluated before it and must be free of side effects.</summary>
    private static bool PrecedingIsSideEffectFree(SyntaxNode parent, SyntaxNode node, SemanticModel model)
    {
        foreach (var sibling in parent.ChildNodes())
        {
            if (sibling.Span.End > node.SpanStart)
            {
                break;
            }

            var isAssignmentTarget = parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment && assignment.Left == sibling;
            if (TopExpressions(sibling).Any(e => !IsHarmless(e, model, isAssignmentTarget)))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<ExpressionSyntax> TopExpressions(SyntaxNode node)
    {
        if (node is ExpressionSyntax expression)
        {
            yield return expression;
            yield break;
        }

        foreach (var child in node.ChildNodes())
        {
            foreach (var inner in TopExpressions(child))
            {
                yield return inner;
            }
        }
    }

    private static bool IsHarmless(ExpressionSyntax expression, SemanticModel model, bool isAssignmentTarget)
    {
        var operation = model.GetOperation(expression);
        if (operation is null)
        {
            return expression switch
            {
                MemberAccessExpressionSyntax access => IsHarmless(access.Expression, model, false),
                TypeSyntax => true,
                _ => false,
            };
        }

        if (operation is IMethodReferenceOperation method)
        {
            return method.Instance is null || Purity.IsSideEffectFree(method.Instance);
        }

        if (isAssignmentTarget)
        {
            return operation switch
            {
                ILocalReferenceOperation or IDiscardOperation => true,
                IFieldReferenceOperation field => field.Instance is null || Purity.IsSideEffectFree(field.Instance),
                IPropertyReferenceOperation property => (property.Instance is null || Purity.IsSideEffectFree(property.Instance))
                    && property.Arguments.All(a => Purity.IsSideEffectFree(a.Value)),
                IArrayElementReferenceOperation element => Purity.IsSideEffectFree(element.ArrayReference)
                    && element.Indices.All(Purity.IsSideEffectFree),
                _ => Purity.IsSideEffectFree(operation),
            };
        }

        return Purity.IsSideEffectFree(operation);
    }

    /// <summary>Whether a member's expression body becomes <c>return ...;</c> (true) or <c>...;</c> (false); null when it cannot become a block.</summary>
    private static bool? BodyReturns(SyntaxNode? member, SemanticModel model)
    {
        switch (member)
        {
            case PropertyDeclarationSyntax or IndexerDeclarationSyntax:
                return true;
            case AccessorDeclarationSyntax accessor:
                return accessor.IsKind(SyntaxKind.GetAccessorDeclaration) ? true : accessor.Kind() is SyntaxKind.SetAccessorDeclaration
                    or SyntaxKind.InitAccessorDeclaration or SyntaxKind.AddAccessorDeclaration or SyntaxKind.RemoveAccessorDeclaration ? false : null;
            case BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax:
                return model.GetDeclaredSymbol(member) is IMethodSymbol method ? Returns(method) : null;
            default:
                return null;
        }
    }

    private static bool? LambdaReturns(AnonymousFunctionExpressionSyntax lambda, SemanticModel model)
    {
        var target = model.GetTypeInfo(lambda).ConvertedType;
        if (target is null || IsExpressionTree(target))
        {
            return null;
        }

        return model.GetSymbolInfo(lambda).Symbol is IMethodSymbol method ? Returns(method) : null;
    }

    private static bool? Returns(IMethodSymbol method)
    {
        if (method.ReturnsByRef || method.ReturnsByRefReadonly)
        {
            return null;
        }

        if (method.ReturnsVoid)
        {
            return false;
        }

        var returnsTask = method.ReturnType is INamedTypeSymbol { Arity: 0, Name: "Task" or "ValueTask" } task
            && task.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks";
        return !(method.IsAsync && returnsTask);
    }

    private static bool IsExpressionTree(ITypeSymbol type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (current.Name is "Expression" or "LambdaExpression" && current.ContainingNamespace?.ToDisplayString() == "System.Linq.Expressions")
            {
                return true;
            }
        }

        return false;
    }
}
