using FirmwareGuard.Firmware.Platform;
using Xunit;

namespace FirmwareGuard.Firmware.Tests.Platform;

/// <summary>libxc's split of guest RAM around the default 256 MiB MMIO region below 4 GiB.</summary>
public sealed class DomainBuilderTests
{
    [Theory]
    [InlineData(128, 0x8000u, 0u)]
    [InlineData(3072, 0xc0000u, 0u)]
    [InlineData(3840, 0xf0000u, 0u)]
    [InlineData(4096, 0xf0000u, 0x110000u)]
    [InlineData(6144, 0xf0000u, 0x190000u)]
    [InlineData(8192, 0xf0000u, 0x210000u)]
    public void RamAboveTheMmioRegionStartsAt4GiB(int memoryMiB, uint lowMemPgend, uint highMemPgend)
    {
        var (info, memory) = DomainBuilder.Build((ulong)memoryMiB << 20);

        Assert.Equal(lowMemPgend, info.LowMemPgend);
        Assert.Equal(highMemPgend, info.HighMemPgend);
        Assert.Equal((ulong)memoryMiB << 8, memory.TotalPages);
    }
}
