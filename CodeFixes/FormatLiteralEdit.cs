using System.Collections.Generic;
using System.Linq;
using FirmwareGuard.Calls;
using FirmwareGuard.Dialects;
using FirmwareGuard.Formats;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// Rewrites directives where they are written: inside one string literal token (regular, verbatim,
/// raw, or the text of a constant interpolated string), keeping the literal's kind. A directive
/// that is not written out plainly in one token (a <c>const</c> from elsewhere, an escape inside the
/// directive, a directive split across a concatenation) cannot be rewritten. A newline is appended
/// right after the format's last character, as <c>\n</c> in a regular or interpolated string, and as
/// <c>+ "\n"</c> after a verbatim or raw one (where <c>\n</c> is not an escape and a line break in the
/// source would bring the file's line ending and layout into the value); when the last character
/// comes from a <c>const</c> or an interpolated constant, no newline can be appended.
/// </summary>
internal static class FormatLiteralEdit
{
    /// <summary>Each literal expression to change with its replacement, or null when some directive (or the format's end) cannot be traced.</summary>
    public static Dictionary<ExpressionSyntax, ExpressionSyntax>? Build(ShimCall call, IReadOnlyDictionary<int, string> directiveTexts, bool appendNewline)
    {
        var result = new Dictionary<ExpressionSyntax, ExpressionSyntax>();
        if (directiveTexts.Count == 0 && !appendNewline)
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
        List<(TextSpan Span, string Text)> EditsOf(ExpressionSyntax literal)
        {
            if (!edits.TryGetValue(literal, out var list))
            {
                edits.Add(literal, list = new List<(TextSpan, string)>());
            }

            return list;
        }

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

            EditsOf(literal).Add((location.SourceSpan, pair.Value));
        }

        var concatenate = false;
        if (appendNewline)
        {
            if (End(call, format, root) is not { } end || call.FormatValue.Syntax is not ExpressionSyntax)
            {
                return null;
            }

            concatenate = end.Mode.IsVerbatim || end.Mode.IsRaw;
            if (!concatenate)
            {
                EditsOf(end.Literal).Add((new TextSpan(end.Position, 0), "\\n"));
            }
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

        return concatenate ? WithNewline((ExpressionSyntax)call.FormatValue.Syntax, result) : result;
    }

    /// <summary>The literal that holds the format's last character, how it is written, and the source position right after that character.</summary>
    private static (ExpressionSyntax Literal, LiteralMode Mode, int Position)? End(ShimCall call, FormatAnalysis format, SyntaxNode root)
    {
        var length = format.Parsed.Text.Length;
        if (length == 0)
        {
            return null;
        }

        var location = call.FormatSource.Locate(length - 1, 1);
        if (location.SourceTree != root.SyntaxTree)
        {
            return null;
        }

        var token = root.FindToken(location.SourceSpan.Start);
        var literal = token.Span.Contains(location.SourceSpan) ? LiteralOf(token) : null;
        switch (literal)
        {
            case InterpolatedStringExpressionSyntax interpolated:
                return (literal, LiteralMode.Of(interpolated.StringStartToken), location.SourceSpan.End);
            case LiteralExpressionSyntax when location.SourceSpan.End < token.Span.End:
                return (literal, LiteralMode.Of(token), location.SourceSpan.End);
            default:
                // Not a literal, or a literal whose characters could not be traced (the span is the whole token, quotes included).
                return null;
        }
    }

    /// <summary>
    /// The whole format, with its literals rewritten, followed by <c>+ "\n"</c>: <c>"a" + @"b"</c> →
    /// <c>"a" + @"b" + "\n"</c> (concatenated at the top, so the new tree is the one the parser reads).
    /// </summary>
    private static Dictionary<ExpressionSyntax, ExpressionSyntax> WithNewline(ExpressionSyntax format, Dictionary<ExpressionSyntax, ExpressionSyntax> literals)
    {
        var rewritten = literals.TryGetValue(format, out var replaced)
            ? replaced
            : format.ReplaceNodes(literals.Keys, (before, _) => literals[before]);
        var concatenated = SyntaxFactory.BinaryExpression(
            SyntaxKind.AddExpression,
            rewritten.WithoutTrivia(),
            SyntaxFactory.Token(SyntaxKind.PlusToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("\n")));
        return new Dictionary<ExpressionSyntax, ExpressionSyntax> { [format] = concatenated.WithTriviaFrom(format) };
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
