using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// The comma-separated lists a shim call's arguments are written in: its argument list, an array
/// initializer, a collection expression, or <c>__arglist(...)</c>. Items can be replaced by any number
/// of expressions; the original commas (and their line breaks) are kept in order.
/// </summary>
internal static class ListItems
{
    /// <summary>
    /// The list item that holds an expression (itself, or the expression in parentheses or in
    /// <c>checked(...)</c>/<c>unchecked(...)</c>, which have no operation of their own), and that item's
    /// index in its list; null outside such a list.
    /// </summary>
    public static (SyntaxNode Container, int Index, ExpressionSyntax Written)? Locate(SyntaxNode expression)
    {
        var node = expression;
        while (node.Parent is ParenthesizedExpressionSyntax or CheckedExpressionSyntax)
        {
            node = node.Parent;
        }

        return node.Parent switch
        {
            ArgumentSyntax { Parent: BaseArgumentListSyntax list } argument when argument.RefKindKeyword.IsKind(SyntaxKind.None) && argument.NameColon is null
                => (list, list.Arguments.IndexOf(argument), (ExpressionSyntax)node),
            ExpressionElementSyntax { Parent: CollectionExpressionSyntax collection } element => (collection, collection.Elements.IndexOf(element), (ExpressionSyntax)node),
            InitializerExpressionSyntax initializer => (initializer, initializer.Expressions.IndexOf((ExpressionSyntax)node), (ExpressionSyntax)node),
            _ => null,
        };
    }

    /// <summary>
    /// The container with each item at a given index replaced by the given expressions (none removes
    /// it). The first replacement keeps the item's leading trivia, the last its trailing trivia.
    /// </summary>
    public static SyntaxNode Replace(SyntaxNode container, IReadOnlyDictionary<int, IReadOnlyList<ExpressionSyntax>> items) => container switch
    {
        BaseArgumentListSyntax list => list.WithArguments(Expand(list.Arguments, items, argument => argument.Expression, (argument, expression, first) =>
            first ? argument.WithExpression(expression) : Argument(expression))),
        CollectionExpressionSyntax collection => collection.WithElements(Expand(collection.Elements, items, element => element, (element, expression, first) =>
            first && element is ExpressionElementSyntax written ? written.WithExpression(expression) : ExpressionElement(expression))),
        InitializerExpressionSyntax initializer => initializer.WithExpressions(Expand(initializer.Expressions, items, written => written, (_, expression, _) => expression)),
        _ => container,
    };

    private static SeparatedSyntaxList<T> Expand<T>(
        SeparatedSyntaxList<T> list,
        IReadOnlyDictionary<int, IReadOnlyList<ExpressionSyntax>> items,
        Func<T, SyntaxNode> trivia,
        Func<T, ExpressionSyntax, bool, T> make)
        where T : SyntaxNode
    {
        var result = new List<SyntaxNodeOrToken>();
        for (var i = 0; i < list.Count; i++)
        {
            var separator = i < list.SeparatorCount ? list.GetSeparator(i) : default;
            if (!items.TryGetValue(i, out var replacements))
            {
                result.Add(list[i]);
            }
            else if (replacements.Count == 0)
            {
                continue;
            }
            else
            {
                for (var k = 0; k < replacements.Count; k++)
                {
                    if (k > 0)
                    {
                        result.Add(Token(SyntaxKind.CommaToken).WithTrailingTrivia(Space));
                    }

                    var written = trivia(list[i]);
                    var replacement = replacements[k];
                    if (k == 0)
                    {
                        replacement = replacement.WithLeadingTrivia(written.GetLeadingTrivia());
                    }

                    if (k == replacements.Count - 1)
                    {
                        replacement = replacement.WithTrailingTrivia(written.GetTrailingTrivia());
                    }

                    result.Add(make(list[i], replacement, k == 0));
                }
            }

            if (separator != default)
            {
                result.Add(separator);
            }
        }

        while (result.Count > 0 && result[result.Count - 1].IsToken)
        {
            result.RemoveAt(result.Count - 1);
        }

        return SeparatedList<T>(result);
    }
}
