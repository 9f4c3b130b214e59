using System;
using System.Linq;
using System.Text;
using FirmwareGuard.Dialects;
using Xunit;

namespace FirmwareGuard.Tests.Formats;

/// <summary>
/// Whatever a printer's grammar makes of a format — EDK2's directives end where C's do not — its
/// directives and the literal text between them still cover the whole format, in order, once.
/// </summary>
public class DialectReadingTests
{
    [Theory]
    [InlineData("hvmloader")]
    [InlineData("seabios")]
    [InlineData("edk2-ia32")]
    [InlineData("edk2-x64")]
    public void DirectivesAndTextTileEveryFormat(string name)
    {
        Assert.True(DialectSet.BuiltIn.TryGet(name, out var dialect));

        // Fixed seed: random texts over an alphabet dense in the characters any dialect reads.
        const string alphabet = "%%%%%dxXsSaglLtrcpu.*0123456789-+ ,#hzjq\n";
        var random = new Random(20130624);
        for (var sample = 0; sample < 3000; sample++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 24);
            for (var i = 0; i < length; i++)
            {
                text.Append(alphabet[random.Next(alphabet.Length)]);
            }

            var format = text.ToString();
            var analysis = dialect.Analyze(format);
            var pieces = analysis.Parsed.Directives.Select(d => (d.Start, d.Length, IsDirective: true))
                .Concat(analysis.Parsed.LiteralRuns.Select(r => (r.Start, r.Length, IsDirective: false)))
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
            Assert.Equal(analysis.Directives.Sum(d => d.SlotsRead), analysis.SlotsRead);
            Assert.Equal(analysis.Directives.Sum(d => d.Behavior.IntendedArgumentCount), analysis.IntendedArgumentCount);
        }
    }
}
