using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FirmwareGuard.Tests.Robustness;

/// <summary>
/// Incomplete code made from complete code: the text cut after a token, or with a few tokens
/// deleted (their trivia kept). Deterministic for a seed.
/// </summary>
public static class VariantGenerator
{
    private const int MaximumDeletedTokens = 3;

    /// <summary>Cuts after <paramref name="count"/> token boundaries, spread evenly over the text (every one if count allows).</summary>
    public static IEnumerable<string> Truncations(string text, int count)
    {
        var ends = TokenSpans(text).Select(span => span.End).Distinct().ToArray();
        foreach (var index in Spread(ends.Length, count))
        {
            yield return text.Substring(0, ends[index]);
        }
    }

    /// <summary><paramref name="count"/> copies of the text, each with one to three random tokens removed.</summary>
    public static IEnumerable<string> Deletions(string text, int count, Random random)
    {
        var spans = TokenSpans(text);
        if (spans.Length == 0)
        {
            yield break;
        }

        for (var i = 0; i < count; i++)
        {
            var deleted = Enumerable.Range(0, random.Next(1, MaximumDeletedTokens + 1))
                .Select(_ => spans[random.Next(spans.Length)])
                .Distinct()
                .OrderByDescending(span => span.Start);
            var variant = text;
            foreach (var span in deleted)
            {
                variant = variant.Remove(span.Start, span.Length);
            }

            yield return variant;
        }
    }

    private static Microsoft.CodeAnalysis.Text.TextSpan[] TokenSpans(string text) =>
        CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens()
            .Where(token => token.Span.Length > 0)
            .Select(token => token.Span)
            .ToArray();

    private static IEnumerable<int> Spread(int length, int count)
    {
        if (count >= length)
        {
            return Enumerable.Range(0, length);
        }

        return Enumerable.Range(0, count).Select(i => (int)((long)i * length / count)).Distinct();
    }
}
