using System.Linq;
using FirmwareGuard.Firmware.Hvmloader;
using FirmwareGuard.Firmware.Platform;
using FirmwareGuard.Firmware.Scenarios;
using Xunit;
using static FirmwareGuard.Firmware.Tests.Scenarios.TestScenarios;

namespace FirmwareGuard.Firmware.Tests.Hvmloader;

/// <summary>BAR placement.</summary>
public sealed class PlacementTests
{
    [Fact]
    public void AfterTheLargest64BitBarsGoHighOnlyWhileTheRestDoesNotFit()
    {
        var scenario = Hvm(8192, DeviceModel.QemuXen, platformDevices: false, devices: Card("00:05.0", [Mem64(0, 128 * MiB), Mem64(2, 64 * MiB), Mem64(4, 32 * MiB)]));

        var result = PciSetupAfter.Run(PlatformBuilder.Build(scenario, HvmloaderVersion.After));

        Assert.Equal(
            ["0x10 High 0x210000000", "0x18 Low 0xf0000000", "0x20 Low 0xf4000000"],
            result.Bars.Select(bar => $"0x{bar.BarReg:x} {bar.Placement} 0x{bar.Base:x}"));
    }

    [Fact]
    public void AfterHighBarsAreAlignedToTheirSize()
    {
        var scenario = Hvm(6144, DeviceModel.QemuXen, platformDevices: false, devices: Card("00:05.0", [Mem64(0, 4 * GiB), Mem64(2, 1 * GiB), Mem64(4, 128 * MiB)]));
        var platform = PlatformBuilder.Build(scenario, HvmloaderVersion.After);

        var result = PciSetupAfter.Run(platform);

        Assert.Equal(
            ["0x10 High 0x200000000", "0x18 High 0x300000000", "0x20 Low 0xf0000000"],
            result.Bars.Select(bar => $"0x{bar.BarReg:x} {bar.Placement} 0x{bar.Base:x}"));
        Assert.Equal(0x4u, platform.Bus.Read32(0x28, 0x10));
        Assert.Equal(0x2u, platform.Bus.Read32(0x28, 0x14));
        Assert.Equal(0x3u, platform.Bus.Read32(0x28, 0x1c));
        Assert.Equal(0xf0000004u, platform.Bus.Read32(0x28, 0x20));
        Assert.Equal(PciConfig.CommandMaster | PciConfig.CommandMemory, platform.Bus.Read16(0x28, PciConfig.Command));
    }

    [Fact]
    public void ABarThatDoesNotFitTheCpusAddressWidthIsUnmapped()
    {
        var scenario = Hvm(8192, DeviceModel.QemuXen, platformDevices: false, cpuPhysAddrBits: 34, devices: Card("00:05.0", [Mem64(0, 8 * GiB)]));

        var result = PciSetupAfter.Run(PlatformBuilder.Build(scenario, HvmloaderVersion.After));

        Assert.Equal(Placement.Unmapped, result.Bars.Single().Placement);
        Assert.Null(result.Bars.Single().Base);
    }

    [Fact]
    public void AnUnmappedBarKeepsItsRegisterAndEnablesNoDecoding()
    {
        var scenario = Hvm(8192, DeviceModel.QemuXen, platformDevices: false, devices: Card("00:05.0", [Mem32(0, 256 * MiB)]));
        var platform = PlatformBuilder.Build(scenario, HvmloaderVersion.After);

        var result = PciSetupAfter.Run(platform);

        Assert.Equal(Placement.Unmapped, result.Bars.Single().Placement);
        Assert.Equal(0u, platform.Bus.Read32(0x28, 0x10));
        Assert.Equal(PciConfig.CommandMaster, platform.Bus.Read16(0x28, PciConfig.Command));
        Assert.Contains("pci dev 05:0 bar 10 size 010000000: no space for resource!", platform.Hvm.Console.Lines);
    }

    [Fact]
    public void IoBarsGoFrom0xc000AndRunOutAt0x10000()
    {
        var devices = Enumerable.Range(5, 17).Select(slot => Card($"00:{slot:x2}.0", [Io(0, 256), Io(1, 256), Io(2, 256), Io(3, 256)])).ToArray();
        var scenario = Hvm(2048, platformDevices: false, devices: devices);

        var result = PciSetupAfter.Run(PlatformBuilder.Build(scenario, HvmloaderVersion.After));

        Assert.Equal(0xc000ul, result.Bars[0].Base);
        Assert.Equal(64, result.Bars.Count(bar => bar.Placement == Placement.Io));
        Assert.Equal(0xff00ul, result.Bars[63].Base);
        Assert.All(result.Bars.Skip(64), bar => Assert.Equal(Placement.Unmapped, bar.Placement));
    }

    [Fact]
    public void TheVgaDeviceGetsIoDecodingEvenWithoutAnIoBar()
    {
        var platform = PlatformBuilder.Build(Hvm(2048), HvmloaderVersion.Before);

        PciSetupBefore.Run(platform);

        Assert.Equal(PciConfig.CommandMaster | PciConfig.CommandMemory | PciConfig.CommandIo, platform.Bus.Read16(0x10, PciConfig.Command));
    }

    [Fact]
    public void BeforeNothingEverGoesHigh()
    {
        // With the hole short of 2 GiB everything fits, so no BAR is "larger than what is left";
        // with the hole at 2 GiB, bar64_relocate is 0 (the polarity bug 4/8 fixed).
        var fits = Hvm(8192, DeviceModel.QemuXen, devices: Card("00:05.0", [Mem64(0, 1 * GiB)]));
        var overflows = Hvm(8192, DeviceModel.QemuXen, devices: Card("00:05.0", [Mem64(0, 2 * GiB), Mem64(2, 1 * GiB)]));

        Assert.DoesNotContain(PciSetupBefore.Run(PlatformBuilder.Build(fits, HvmloaderVersion.Before)).Bars, bar => bar.Placement == Placement.High);
        var result = PciSetupBefore.Run(PlatformBuilder.Build(overflows, HvmloaderVersion.Before));
        Assert.DoesNotContain(result.Bars, bar => bar.Placement == Placement.High);
        Assert.Equal(["0x10 Unmapped", "0x18 Low"], result.Bars.Where(bar => bar.Devfn == 0x28).Select(bar => $"0x{bar.BarReg:x} {bar.Placement}"));
    }
}
