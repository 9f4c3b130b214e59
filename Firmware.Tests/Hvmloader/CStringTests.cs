using FirmwareGuard.Firmware.Hvmloader;
using Xunit;

namespace FirmwareGuard.Firmware.Tests.Hvmloader;

/// <summary>strtoll(s, NULL, 0), as hvmloader reads hvmloader/allow-memory-relocate.</summary>
public sealed class CStringTests
{
    [Theory]
    [InlineData("1", 1L)]
    [InlineData("0", 0L)]
    [InlineData("0x1f", 31L)]
    [InlineData("010", 8L)]
    [InlineData("  -7xyz", -7L)]
    [InlineData("+9", 9L)]
    [InlineData("0x", 0L)]
    [InlineData("yes", 0L)]
    [InlineData("", 0L)]
    [InlineData("99999999999999999999", long.MaxValue)]
    [InlineData("-99999999999999999999", long.MinValue)]
    public void ParsesLikeTheCLibrary(string text, long value)
    {
        Assert.Equal(value, CString.Strtoll(text));
    }
}
