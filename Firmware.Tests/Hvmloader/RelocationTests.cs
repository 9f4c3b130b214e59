using System.Linq;
using FirmwareGuard.Firmware.Hvmloader;
using FirmwareGuard.Firmware.Platform;
using FirmwareGuard.Firmware.Runtime;
using FirmwareGuard.Firmware.Scenarios;
using Xunit;
using static FirmwareGuard.Firmware.Tests.Scenarios.TestScenarios;

namespace FirmwareGuard.Firmware.Tests.Hvmloader;

/// <summary>RAM under the grown hole moves above the end of high RAM in chunks of at most 0xffff pages (§4.2 step 6).</summary>
public sealed class RelocationTests
{
    private static readonly Scenario HoleAt2GiB = Hvm(8192, DeviceModel.QemuTraditional, devices: Card("00:05.0", [Mem64(0, 1 * GiB)]));

    [Theory]
    [InlineData(HvmloaderVersion.Before)]
    [InlineData(HvmloaderVersion.After)]
    public void RamMovesInChunksOfAtMost0xffffPages(HvmloaderVersion version)
    {
        var platform = PlatformBuilder.Build(HoleAt2GiB, version);

        Run(platform, version);

        Assert.Equal(
            [
                new PhysmapMove(0xe0001, 0x210000, 0xffff),
                new PhysmapMove(0xd0002, 0x21ffff, 0xffff),
                new PhysmapMove(0xc0003, 0x22fffe, 0xffff),
                new PhysmapMove(0xb0004, 0x23fffd, 0xffff),
                new PhysmapMove(0xa0005, 0x24fffc, 0xffff),
                new PhysmapMove(0x90006, 0x25fffb, 0xffff),
                new PhysmapMove(0x80007, 0x26fffa, 0xffff),
                new PhysmapMove(0x80000, 0x27fff9, 0x7),
            ],
            platform.Hypervisor.Moves);
        Assert.Equal(0x80000u, platform.Info.LowMemPgend);
        Assert.Equal(0x280000u, platform.Info.HighMemPgend);
        Assert.Equal([new PageRange(0, 0x80000), new PageRange(0x100000, 0x180000)], platform.Hypervisor.Memory.Ranges);
    }

    [Fact]
    public void AfterTheSeriesEachChunkIsLogged()
    {
        var platform = PlatformBuilder.Build(HoleAt2GiB, HvmloaderVersion.After);

        PciSetupAfter.Run(platform);

        var lines = platform.Hvm.Console.Lines.Where(line => line.StartsWith("Relocating 0x", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(8, lines.Count);
        Assert.Equal("Relocating 0xffff pages from 0e0001000 to 210000000 for lowmem MMIO hole", lines[0]);
        Assert.Equal("Relocating 0x7 pages from 080000000 to 27fff9000 for lowmem MMIO hole", lines[7]);
    }

    [Fact]
    public void BeforeTheSeriesRelocationIsSilent()
    {
        var platform = PlatformBuilder.Build(HoleAt2GiB, HvmloaderVersion.Before);

        PciSetupBefore.Run(platform);

        Assert.DoesNotContain(platform.Hvm.Console.Lines, line => line.StartsWith("Relocating", System.StringComparison.Ordinal));
        Assert.Equal(8, platform.Hypervisor.Moves.Count);
    }

    [Fact]
    public void WithoutHighRamTheFirstChunkGoesTo4GiB()
    {
        var platform = PlatformBuilder.Build(Hvm(3584, DeviceModel.QemuTraditional, devices: Card("00:05.0", [Mem32(0, 512 * MiB)])), HvmloaderVersion.After);

        PciSetupAfter.Run(platform);

        Assert.Equal(
            [new PhysmapMove(0xd0001, 0x100000, 0xffff), new PhysmapMove(0xc0002, 0x10ffff, 0xffff), new PhysmapMove(0xc0000, 0x11fffe, 0x2)],
            platform.Hypervisor.Moves);
        Assert.Equal(0x120000u, platform.Info.HighMemPgend);
    }

    [Fact]
    public void AFailedHypercallIsBug()
    {
        var platform = PlatformBuilder.Build(HoleAt2GiB, HvmloaderVersion.After);
        platform.Hypervisor.Memory.Populate(new PageRange(0x210000, 1));

        var fault = Assert.Throws<FirmwareFault>(() => PciSetupAfter.Run(platform));

        Assert.Equal("BUG(): XENMEM_add_to_physmap failed moving 0xffff pages from gfn 0xe0001 to gfn 0x210000", fault.Message);
    }

    private static void Run(HvmPlatform platform, HvmloaderVersion version)
    {
        if (version == HvmloaderVersion.Before)
        {
            PciSetupBefore.Run(platform);
        }
        else
        {
            PciSetupAfter.Run(platform);
        }
    }
}
