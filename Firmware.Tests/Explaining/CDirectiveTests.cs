using FirmwareGuard.Firmware.Explaining;
using Xunit;

namespace FirmwareGuard.Firmware.Tests.Explaining;

/// <summary>Directives as standard C reads them, which is what the author of a call meant.</summary>
public sealed class CDirectiveTests
{
    [Theory]
    [InlineData("size %llx: x", "%llx", 1)]
    [InlineData("%-08lx", "%-08lx", 1)]
    [InlineData("%5.3d", "%5.3d", 1)]
    [InlineData("%#hhx", "%#hhx", 1)]
    [InlineData("%zu", "%zu", 1)]
    [InlineData("%*.*s", "%*.*s", 3)]
    [InlineData("100%%", "%%", 0)]
    [InlineData("ends %l", "%l", 0)]
    public void ADirectiveSpansWhatCReadsAndTakesItsArguments(string format, string directive, int arguments)
    {
        var read = Assert.Single(CDirective.In(format));

        Assert.Equal((directive, arguments), (format[read.Start..read.End], read.Arguments));
    }

    [Fact]
    public void TheFormatEndsAtItsFirstNul()
    {
        Assert.Equal([new CDirective(0, 2, 1)], CDirective.In("%x\0%d"));
    }
}
