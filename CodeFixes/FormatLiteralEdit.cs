using System.Collections.Generic;
using System.Linq;
using FirmwareGuard.Calls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// Rewrites directives where they are written: inside one string literal token (regular, verbatim,
/// raw, or the text of a constant interpolated string), keeping the literal's kind. A directive
/// that is not written out plainly in one token (a <c>const</c> from elsewhere, an escape inside the
/// directive, a directive split across a concatenation) cannot be rewritten.
/// </summary>
internal static class FormatLiteralEdit
{
    /// <summary>Each literal expression to change with its replacement, or null when some directive cannot be traced.</summary>
    public static Dictionary<ExpressionSyntax, ExpressionSyntax>? Build(ShimCall call, IReadOnlyDictionary<int, string> directiveTexts)
    {
        var result = new Dictionary<ExpressionSyntax, ExpressionSyntax>();
        if (directiveTexts.Count == 0)
        {
            return result;
        }

        if (call.Format is not { } format || call.FormatValue is null)
        {
            return null;
        }

        var tree = call.Invocation.Syntax.SyntaxTree;
        var text = tree.GetText();
        var root = tree.GetRoot();
        var edits = new Dictionary<ExpressionSyntax, List<(TextSpan Span, string Text)>>();
        foreach (var pair in directiveTexts)
        {
            var directive = format.Directives[pair.Key];
            var location = call.Locate(directive);
            if (location.SourceTree != tree || text.ToString(location.SourceSpan) != directive.Text)
            {
                return null;
            }

            var token = root.FindToken(location.SourceSpan.Start);
            if (!token.Span.Contains(location.SourceSpan) || LiteralOf(token) is not { } literal)
            {
                return null;
            }

            if (!edits.TryGetValue(literal, out var list))
            {
                edits.Add(literal, list = new List<(TextSpan, string)>());
            }

            list.Add((location.SourceSpan, pair.Value));
        }

        foreach (var pair in edits)
        {
            var replacement = Rewrite(pair.Key, pair.Value, tree.Options);
            if (replacement is null)
            {
                return null;
            }

            result.Add(pair.Key, replacement);
        }

        return result;
    }

    private static ExpressionSyntax? LiteralOf(SyntaxToken token) => token.Kind() switch
    {
        SyntaxKind.StringLiteralToken or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken
            => token.Parent as LiteralExpressionSyntax,
        SyntaxKind.InterpolatedStringTextToken => token.Parent?.Parent as InterpolatedStringExpressionSyntax,
        _ => null,
    };

    /// <summary>The literal with its spans replaced, re-read by the parser so its kind and escapes stay as written.</summary>
    private static ExpressionSyntax? Rewrite(ExpressionSyntax literal, List<(TextSpan Span, string Text)> edits, ParseOptions options)
    {
        var text = literal.ToString();
        foreach (var edit in edits.OrderByDescending(e => e.Span.Start))
        {
            var start = edit.Span.Start - literal.SpanStart;
            text = text.Substring(0, start) + edit.Text + text.Substring(start + edit.Span.Length);
        }

        var parsed = SyntaxFactory.ParseExpression(text, options: options);
        if (parsed.Kind() != literal.Kind() || parsed.ContainsDiagnostics || parsed.FullSpan.Length != text.Length)
        {
            return null;
        }

        return parsed.WithTriviaFrom(literal);
    }
}
