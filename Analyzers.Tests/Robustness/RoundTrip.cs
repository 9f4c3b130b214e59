using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FirmwareGuard.Tests.Robustness;

/// <summary>
/// Whether a tree a code fix produced is the tree its own text parses to: the same nodes and tokens
/// in the same shape (trivia aside: a fix's elastic spaces print like the parser's). Code that was
/// already broken may be recovered differently by a fresh parse than by the incremental parse the
/// workspace used, so where either tree holds a syntax error only the shape down to the error is
/// compared; every part free of errors must be the same.
/// </summary>
public static class RoundTrip
{
    public static bool Survives(SyntaxNode root, CSharpParseOptions options)
    {
        var reparsed = CSharpSyntaxTree.ParseText(root.ToFullString(), options).GetRoot();
        return Same(root, reparsed);
    }

    private static bool Same(SyntaxNodeOrToken produced, SyntaxNodeOrToken reparsed)
    {
        if (!produced.ContainsDiagnostics && !reparsed.ContainsDiagnostics)
        {
            return Shape(produced) == Shape(reparsed);
        }

        if (produced.RawKind != reparsed.RawKind || produced.IsToken || reparsed.IsToken)
        {
            // Error recovery differs from here down, or a token carries the error: nothing more to compare.
            return true;
        }

        var producedChildren = produced.ChildNodesAndTokens();
        var reparsedChildren = reparsed.ChildNodesAndTokens();
        return producedChildren.Count != reparsedChildren.Count
            || producedChildren.Zip(reparsedChildren).All(pair => Same(pair.First, pair.Second));
    }

    /// <summary>Every node's kind and every token's kind and text, nested as in the tree.</summary>
    private static string Shape(SyntaxNodeOrToken item)
    {
        var shape = new StringBuilder();
        Append(item, shape);
        return shape.ToString();

        static void Append(SyntaxNodeOrToken item, StringBuilder shape)
        {
            if (item.IsToken)
            {
                shape.Append(item.Kind()).Append('\'').Append(item.AsToken().Text).Append("' ");
                return;
            }

            shape.Append(item.Kind()).Append('(');
            foreach (var child in item.ChildNodesAndTokens())
            {
                Append(child, shape);
            }

            shape.Append(") ");
        }
    }
}
