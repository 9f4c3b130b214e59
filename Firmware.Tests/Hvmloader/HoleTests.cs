using System.Linq;
using FirmwareGuard.Firmware.Hvmloader;
using FirmwareGuard.Firmware.Platform;
using FirmwareGuard.Firmware.Scenarios;
using Xunit;
using static FirmwareGuard.Firmware.Tests.Scenarios.TestScenarios;

namespace FirmwareGuard.Firmware.Tests.Hvmloader;

/// <summary>
/// The low MMIO hole loop in 32-bit arithmetic: the start doubles down
/// from 0xF0000000 to 0xE0000000, 0xC0000000, 0x80000000, and stops there because the next shift gives 0.
/// </summary>
public sealed class HoleTests
{
    [Theory]
    [InlineData(100, 0xf0000000u)]
    [InlineData(192, 0xf0000000u)]
    [InlineData(193, 0xe0000000u)]
    [InlineData(448, 0xe0000000u)]
    [InlineData(449, 0xc0000000u)]
    [InlineData(960, 0xc0000000u)]
    [InlineData(961, 0x80000000u)]
    [InlineData(1984, 0x80000000u)]
    [InlineData(4096, 0x80000000u)]
    [InlineData(65536, 0x80000000u)]
    public void TheHoleDoublesUntilItFitsOrStartsAt2GiB(int mmioMiB, uint start)
    {
        var scenario = Hvm(8192, DeviceModel.QemuTraditional, platformDevices: false, devices: DevicesNeeding((ulong)mmioMiB * MiB));

        Assert.Equal(start, Before(scenario).PciMemStart);
        Assert.Equal(start, After(scenario).PciMemStart);
        Assert.Equal(0xfc000000u, After(scenario).PciMemEnd);
    }

    [Theory]
    [InlineData(3073, 0xe0000000u)]
    [InlineData(3072, 0xc0000000u)]
    [InlineData(2048, 0x80000000u)]
    [InlineData(2049, 0xc0000000u)]
    [InlineData(4096, 0xf0000000u)]
    public void WithoutRelocationTheHoleStopsAtRam(int memoryMiB, uint start)
    {
        var scenario = Hvm(memoryMiB, DeviceModel.QemuXen, platformDevices: false, devices: Card("00:05.0", [Mem64(0, 2 * GiB)]));

        var result = After(scenario);

        Assert.False(result.AllowMemoryRelocate);
        Assert.Equal(start, result.PciMemStart);
        Assert.True(result.Bar64Relocate);
    }

    [Fact]
    public void BeforeAllows64BitBarsOnlyWhenTheHoleDidNotReach2GiB()
    {
        var fits = Hvm(8192, platformDevices: false, devices: Card("00:05.0", [Mem32(0, 16 * MiB)]));
        var overflows = Hvm(8192, platformDevices: false, devices: Card("00:05.0", [Mem64(0, 4 * GiB)]));

        Assert.True(Before(fits).Bar64Relocate);
        Assert.False(After(fits).Bar64Relocate);
        Assert.False(Before(overflows).Bar64Relocate);
        Assert.True(After(overflows).Bar64Relocate);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("0", false)]
    public void AHandSetXenstoreKeyOverridesTheToolstack(string setting, bool allowed)
    {
        var scenario = Hvm(8192, DeviceModel.QemuXen, devices: Card("00:05.0", [Mem32(0, 256 * MiB)])) with { AllowMemoryRelocate = setting };

        var result = After(scenario);

        Assert.Equal(allowed, result.AllowMemoryRelocate);
        Assert.Equal(allowed ? 0xe0000000u : 0xf0000000u, result.PciMemStart);
    }

    /// <summary>Devices whose 64-bit BARs, one per set bit of <paramref name="bytes"/>, add up to it.</summary>
    private static PciDeviceSpec[] DevicesNeeding(ulong bytes)
    {
        var bars = Enumerable.Range(0, 64).Where(bit => ((bytes >> bit) & 1) != 0).Select(bit => 1ul << bit).ToList();
        return bars.Chunk(3)
            .Select((sizes, slot) => Card($"00:{slot + 5:x2}.0", sizes.Select((size, i) => Mem64(2 * i, size)).ToArray()))
            .ToArray();
    }

    private static PciSetupResult Before(Scenario scenario) => PciSetupBefore.Run(PlatformBuilder.Build(scenario, HvmloaderVersion.Before));

    private static PciSetupResult After(Scenario scenario) => PciSetupAfter.Run(PlatformBuilder.Build(scenario, HvmloaderVersion.After));
}
