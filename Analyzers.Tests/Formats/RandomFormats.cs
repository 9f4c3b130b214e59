using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FirmwareGuard.Formats;
using Xunit;

namespace FirmwareGuard.Tests.Formats;

/// <summary>Random format texts (fixed seed) and the check that a reading of one covers it exactly.</summary>
internal static class RandomFormats
{
    /// <summary>Texts of up to 23 characters over <paramref name="alphabet"/>.</summary>
    public static IEnumerable<string> Over(string alphabet, int count)
    {
        var random = new Random(20130624);
        for (var sample = 0; sample < count; sample++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 24);
            for (var i = 0; i < length; i++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            yield return text.ToString();
        }
    }

    /// <summary>The directives and the literal text between them cover the format, in order, once.</summary>
    public static void AssertTiles(string format, ParsedFormat parsed)
    {
        var pieces = parsed.Directives.Select(d => (d.Start, d.Length, IsDirective: true))
            .Concat(parsed.LiteralRuns.Select(r => (r.Start, r.Length, IsDirective: false)))
            .OrderBy(p => p.Start)
            .ToList();

        var position = 0;
        foreach (var piece in pieces)
        {
            Assert.Equal(position, piece.Start);
            Assert.True(piece.Length > 0, format);
            var pieceText = format.Substring(piece.Start, piece.Length);
            Assert.Equal(piece.IsDirective, pieceText[0] == '%');
            Assert.True(piece.IsDirective || pieceText.IndexOf('%') < 0, format);
            position += piece.Length;
        }

        Assert.Equal(format.Length, position);
    }
}
