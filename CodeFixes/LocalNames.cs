using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// Readable names for new locals, derived from the expression they hold (<c>GetSize()</c> →
/// <c>size</c>, <c>BarSize(devfn)</c> → <c>barSize</c>, <c>bar.Size</c> → <c>barSize</c>,
/// <c>await ReadAsync()</c> → <c>read</c>, <c>dev?.Bar</c> → <c>bar</c>, <c>count + 1</c> → <c>count</c>), made unique by
/// avoiding every identifier written in the enclosing member and every name in scope.
/// </summary>
internal sealed class LocalNames
{
    private const string Fallback = "value";

    /// <summary>Contextual keywords that would read badly, or mean something else, as a local's name.</summary>
    private static readonly HashSet<string> Confusing = new() { "var", "await", "async", "nameof", "dynamic", "yield", "field", "scoped", "_" };

    private readonly HashSet<string> taken;

    public LocalNames(SyntaxNode position, SemanticModel model)
    {
        var scope = position.AncestorsAndSelf().FirstOrDefault(n => n is MemberDeclarationSyntax and not (BaseTypeDeclarationSyntax or BaseNamespaceDeclarationSyntax or GlobalStatementSyntax))
            ?? position.SyntaxTree.GetRoot();
        taken = new HashSet<string>(
            scope.DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken)).Select(t => t.ValueText)
                .Concat(model.LookupSymbols(position.SpanStart).Select(s => s.Name)));
    }

    public string For(ExpressionSyntax expression)
    {
        var stem = Stem(expression);
        if (stem.Length == 0 || !SyntaxFacts.IsValidIdentifier(stem))
        {
            stem = Fallback;
        }

        stem = char.ToLowerInvariant(stem[0]) + stem.Substring(1);
        if (SyntaxFacts.GetKeywordKind(stem) != SyntaxKind.None || Confusing.Contains(stem))
        {
            stem += "Value";
        }

        var name = stem;
        for (var suffix = 2; taken.Contains(name); suffix++)
        {
            name = stem + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        taken.Add(name);
        return name;
    }

    private static string Stem(ExpressionSyntax expression) => expression switch
    {
        ParenthesizedExpressionSyntax parenthesized => Stem(parenthesized.Expression),
        CastExpressionSyntax cast => Stem(cast.Expression),
        CheckedExpressionSyntax @checked => Stem(@checked.Expression),
        AwaitExpressionSyntax awaited => Stem(awaited.Expression),
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax method } => MethodStem(method.Name.Identifier.ValueText),
        InvocationExpressionSyntax invocation => MethodStem(Stem(invocation.Expression)),
        MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax owner } access when owner.Identifier.ValueText is { Length: > 0 } text && char.IsLower(text[0])
            => owner.Identifier.ValueText + Capitalized(access.Name.Identifier.ValueText),
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        ConditionalAccessExpressionSyntax conditional => Stem(conditional.WhenNotNull),
        ElementAccessExpressionSyntax element => Singular(Stem(element.Expression)),
        SimpleNameSyntax name => name.Identifier.ValueText.TrimStart('_'),
        PostfixUnaryExpressionSyntax postfix => Stem(postfix.Operand),
        PrefixUnaryExpressionSyntax prefix => Stem(prefix.Operand),
        BinaryExpressionSyntax binary => Stem(binary.Left) is var left && left != Fallback ? left : Stem(binary.Right),
        ObjectCreationExpressionSyntax creation => Stem(creation.Type),
        _ => Fallback,
    };

    private static string Capitalized(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name.Substring(1);

    /// <summary><c>GetSize</c> → <c>Size</c>, <c>ReadAsync</c> → <c>Read</c>.</summary>
    private static string MethodStem(string method)
    {
        if (method.EndsWith("Async", System.StringComparison.Ordinal))
        {
            method = method.Substring(0, method.Length - "Async".Length);
        }

        if (method.Length > 3 && method.StartsWith("Get", System.StringComparison.Ordinal) && char.IsUpper(method[3]))
        {
            method = method.Substring(3);
        }

        return method;
    }

    /// <summary><c>bars</c> → <c>bar</c>, <c>entries</c> → <c>entry</c>; anything else gains <c>Item</c>.</summary>
    private static string Singular(string plural)
    {
        if (plural.Length > 3 && plural.EndsWith("ies", System.StringComparison.Ordinal))
        {
            return plural.Substring(0, plural.Length - 3) + "y";
        }

        if (plural.Length > 3 && plural.EndsWith("s", System.StringComparison.Ordinal) && !plural.EndsWith("ss", System.StringComparison.Ordinal))
        {
            return plural.Substring(0, plural.Length - 1);
        }

        return plural.Length == 0 ? plural : plural + "Item";
    }
}
