using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FirmwareGuard.CodeFixes;

/// <summary>Whether integer conversions at a place in the source are checked for overflow.</summary>
internal static class OverflowContext
{
    public static bool IsChecked(SyntaxNode node, Compilation compilation)
    {
        foreach (var ancestor in node.AncestorsAndSelf())
        {
            switch (ancestor)
            {
                case CheckedExpressionSyntax expression:
                    return expression.IsKind(SyntaxKind.CheckedExpression);
                case CheckedStatementSyntax statement:
                    return statement.IsKind(SyntaxKind.CheckedStatement);
            }
        }

        return compilation.Options.CheckOverflow;
    }
}
