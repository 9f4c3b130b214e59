using System.Linq;
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

        // Random texts over an alphabet dense in the characters any dialect reads.
        foreach (var format in RandomFormats.Over("%%%%%dxXsSaglLtrcpu.*0123456789-+ ,#hzjq\n", 3000))
        {
            var analysis = dialect.Analyze(format);
            RandomFormats.AssertTiles(format, analysis.Parsed);
            Assert.Equal(analysis.Directives.Sum(d => d.SlotsRead), analysis.SlotsRead);
            Assert.Equal(analysis.Directives.Sum(d => d.Behavior.IntendedArgumentCount), analysis.IntendedArgumentCount);
        }
    }
}
