using System.Collections.Generic;
using System.Linq;
using FirmwareGuard.Calls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// Where new locals can go so that they run exactly when the shim call's arguments did: right
/// before the statement that holds the call (or, in a declaration of several locals, right before
/// the declarator that holds it, the declaration split there), or at the top of an expression body
/// turned into a block. Found only when the call runs exactly once per execution of that statement,
/// nothing evaluated before it in the statement has side effects or can be changed by the hoisted
/// code, and the hoisted code reads no name the statement itself declares.
/// </summary>
internal sealed class InsertionPoint
{
    private InsertionPoint(SyntaxNode anchor, bool returnsValue, int splitAtDeclarator)
    {
        Anchor = anchor;
        ReturnsValue = returnsValue;
        SplitAtDeclarator = splitAtDeclarator;
    }

    /// <summary>A <see cref="StatementSyntax"/>, an <see cref="ArrowExpressionClauseSyntax"/> or a lambda with an expression body.</summary>
    public SyntaxNode Anchor { get; }

    /// <summary>For an expression body: whether the block must <c>return</c> the expression.</summary>
    public bool ReturnsValue { get; }

    /// <summary>For a local declaration whose call is in a later declarator: that declarator's index (the locals go between the two halves); otherwise 0.</summary>
    public int SplitAtDeclarator { get; }

    public static InsertionPoint? Find(ShimCall call, SemanticModel model, HoistedCode hoisted)
    {
        if (call.Invocation.Instance is { } receiver && !hoisted.CannotChange(receiver))
        {
            return null;
        }

        foreach (var argument in call.Invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal != call.Shim.VariadicOrdinal && argument.Parameter is not null && !hoisted.CannotChange(argument.Value))
            {
                return null;
            }
        }

        SyntaxNode node = call.Invocation.Syntax;
        while (node.Parent is { } parent)
        {
            switch (parent)
            {
                case VariableDeclarationSyntax { Parent: LocalDeclarationStatementSyntax statement } declaration when node is VariableDeclaratorSyntax declarator:
                    var index = declaration.Variables.IndexOf(declarator);
                    var region = TextSpan.FromBounds(declarator.SpanStart, statement.Span.End);
                    return index > 0 || PrecedingIsUnchanged(parent, node, model, hoisted)
                        ? Checked(new InsertionPoint(statement, false, index), region, hoisted)
                        : null;
                case StatementSyntax statement:
                    return RunsOnce(statement, node) && PrecedingIsUnchanged(parent, node, model, hoisted)
                        ? Checked(new InsertionPoint(statement, false, 0), statement.Span, hoisted)
                        : null;
                case ArrowExpressionClauseSyntax arrow:
                    return BodyReturns(arrow.Parent, model) is { } returns ? Checked(new InsertionPoint(arrow, returns, 0), arrow.Span, hoisted) : null;
                case AnonymousFunctionExpressionSyntax lambda when lambda.ExpressionBody == node:
                    return LambdaReturns(lambda, model) is { } lambdaReturns ? Checked(new InsertionPoint(lambda, lambdaReturns, 0), node.Span, hoisted) : null;
            }

            if (IsConditionallyEvaluated(parent, node) || !PrecedingIsUnchanged(parent, node, model, hoisted))
            {
                return null;
            }

            node = parent;
        }

        return null;
    }

    /// <summary>Null when the hoisted code would read a name that the statement (from the split on) declares: it would go before its declaration.</summary>
    private static InsertionPoint? Checked(InsertionPoint point, TextSpan declaringRegion, HoistedCode hoisted) =>
        hoisted.MentionsLocalDeclaredIn(declaringRegion) ? null : point;

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

    /// <summary>
    /// Everything written before <paramref name="node"/> inside <paramref name="parent"/> is evaluated
    /// before it: it stays in place, after the hoisted code, so it must have no side effects and
    /// evaluate as it did (an assignment's target is only written, after the call: only what it is
    /// reached through must stay unchanged).
    /// </summary>
    private static bool PrecedingIsUnchanged(SyntaxNode parent, SyntaxNode node, SemanticModel model, HoistedCode hoisted)
    {
        foreach (var sibling in parent.ChildNodes())
        {
            if (sibling.Span.End > node.SpanStart)
            {
                break;
            }

            var isAssignmentTarget = parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment && assignment.Left == sibling;
            if (TopExpressions(sibling).Any(e => !IsUnchanged(e, model, hoisted, isAssignmentTarget)))
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

    private static bool IsUnchanged(ExpressionSyntax expression, SemanticModel model, HoistedCode hoisted, bool isAssignmentTarget)
    {
        var operation = model.GetOperation(expression);
        if (operation is null)
        {
            return expression switch
            {
                MemberAccessExpressionSyntax access => IsUnchanged(access.Expression, model, hoisted, false),
                TypeSyntax => true,
                _ => false,
            };
        }

        bool Reached(IOperation? instance) => instance is null || hoisted.CannotChange(instance);
        return operation switch
        {
            IMethodReferenceOperation method => Reached(method.Instance),
            ILocalReferenceOperation or IDiscardOperation when isAssignmentTarget => true,
            IFieldReferenceOperation field when isAssignmentTarget => Reached(field.Instance),
            IPropertyReferenceOperation property when isAssignmentTarget => Reached(property.Instance) && property.Arguments.All(a => hoisted.CannotChange(a.Value)),
            IArrayElementReferenceOperation element when isAssignmentTarget => hoisted.CannotChange(element.ArrayReference) && element.Indices.All(hoisted.CannotChange),
            _ => hoisted.CannotChange(operation),
        };
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
