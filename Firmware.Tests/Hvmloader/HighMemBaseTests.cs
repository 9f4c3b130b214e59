using FirmwareGuard.Firmware.Hvmloader;
using FirmwareGuard.Firmware.Platform;
using FirmwareGuard.Firmware.Scenarios;
using Xunit;
using static FirmwareGuard.Firmware.Tests.Scenarios.TestScenarios;

namespace FirmwareGuard.Firmware.Tests.Hvmloader;

/// <summary>Patch 3/8: with no RAM above 4 GiB the high MMIO window must still start at 4 GiB, not at 0.</summary>
public sealed class HighMemBaseTests
{
    private static readonly Scenario NoHighRam = Hvm(2048, DeviceModel.QemuXen, platformDevices: false, devices: Card("00:05.0", [Mem64(0, 2 * GiB), Mem32(2, 1 * MiB)]));

    [Fact]
    public void BeforeTheHighWindowStartsAtZeroWithoutHighRam()
    {
        var result = PciSetupBefore.Run(PlatformBuilder.Build(NoHighRam, HvmloaderVersion.Before));

        Assert.Equal(0ul, result.HighMemResourceBase);
    }

    [Fact]
    public void AfterItStartsAt4GiBAndSaysSo()
    {
        var platform = PlatformBuilder.Build(NoHighRam, HvmloaderVersion.After);

        var result = PciSetupAfter.Run(platform);

        Assert.Equal(1ul << 32, result.HighMemResourceBase);
        Assert.Contains("No RAM in high memory; setting high_mem resource base to 100000000", platform.Hvm.Console.Lines);
        Assert.Equal(new BarAssignment(0x28, 0x10, BarType.Mem64, true, 2 * GiB, Placement.High, 1ul << 32, BarRegister.Memory64), result.Bars[0]);
        Assert.Equal(1u, platform.Bus.Read32(0x28, 0x14));
    }

    [Fact]
    public void WithHighRamItStartsWhereHighRamEnds()
    {
        var platform = PlatformBuilder.Build(Hvm(6144), HvmloaderVersion.After);

        var result = PciSetupAfter.Run(platform);

        Assert.Equal(0x190000000ul, result.HighMemResourceBase);
        Assert.Contains("RAM in high memory; setting high_mem resource base to 190000000", platform.Hvm.Console.Lines);
    }

    [Fact]
    public void AHighMemPgendBelow4GiBIsWarnedAboutWithoutANewline()
    {
        var platform = PlatformBuilder.Build(Hvm(2048), HvmloaderVersion.After);
        platform.Info.HighMemPgend = 0x80000;

        var result = PciSetupAfter.Run(platform);

        // The WARNING has no newline, so the console joins it to the next message and cuts the result at 78.
        var joined = "WARNING: hvm_info->high_mem_pgend 80000 does not point into high memory!"
            + "RAM in high memory; setting high_mem resource base to 100000000";
        Assert.Equal(1ul << 32, result.HighMemResourceBase);
        Assert.Contains(joined[..78], platform.Hvm.Console.Lines);
        Assert.Contains(joined[78..], platform.Hvm.Console.Lines);
    }
}
