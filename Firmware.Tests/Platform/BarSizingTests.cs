using FirmwareGuard.Firmware.Platform;
using Xunit;
using static FirmwareGuard.Firmware.Tests.Scenarios.TestScenarios;

namespace FirmwareGuard.Firmware.Tests.Platform;

/// <summary>BAR registers answer the sizing protocol: write all ones, read back the decoded address bits and the flags.</summary>
public sealed class BarSizingTests
{
    private static PciBus Bus(params BarSpec[] bars) => new([Card("00:05.0", bars, rom: 64 * KiB)]);

    private const int Devfn = 0x28;

    [Fact]
    public void A32BitMemoryBarReadsItsSizeMaskAndFlags()
    {
        var bus = Bus(Mem32(0, 16 * MiB, prefetchable: true));

        Assert.Equal(0x8u, bus.Read32(Devfn, 0x10));
        bus.Write32(Devfn, 0x10, ~0u);
        Assert.Equal(0xff000008u, bus.Read32(Devfn, 0x10));
        bus.Write32(Devfn, 0x10, 0xf3000000u);
        Assert.Equal(0xf3000008u, bus.Read32(Devfn, 0x10));
    }

    [Fact]
    public void A64BitMemoryBarSizesThroughBothHalves()
    {
        var bus = Bus(Mem64(2, 8 * GiB));

        Assert.Equal(0x4u, bus.Read32(Devfn, 0x18));
        bus.Write32(Devfn, 0x18, ~0u);
        bus.Write32(Devfn, 0x1c, ~0u);
        Assert.Equal(0x4u, bus.Read32(Devfn, 0x18));
        Assert.Equal(0xfffffffeu, bus.Read32(Devfn, 0x1c));
    }

    [Fact]
    public void AnIoBarDecodesSixteenBitsAndSetsBitZero()
    {
        var bus = Bus(Io(4, 32));

        bus.Write32(Devfn, 0x20, ~0u);

        Assert.Equal(0xffe1u, bus.Read32(Devfn, 0x20));
    }

    [Fact]
    public void TheRomBarDecodesFromBit11AndItsEnableBitIsWritable()
    {
        var bus = Bus();

        Assert.Equal(0u, bus.Read32(Devfn, 0x30));
        bus.Write32(Devfn, 0x30, ~0u);

        Assert.Equal(0xffff0001u, bus.Read32(Devfn, 0x30));
    }

    [Fact]
    public void AnUnimplementedBarReadsZeroAfterAllOnes()
    {
        var bus = Bus(Mem32(0, 4 * KiB));

        bus.Write32(Devfn, 0x14, ~0u);

        Assert.Equal(0u, bus.Read32(Devfn, 0x14));
    }

    [Fact]
    public void AnEmptySlotReadsAllOnesAndIgnoresWrites()
    {
        var bus = Bus();

        bus.Write32(0x30, 0x10, 0);

        Assert.Equal(0xffffu, bus.Read16(0x30, PciConfig.VendorId));
        Assert.Equal(0xffffffffu, bus.Read32(0x30, 0x10));
    }

    [Fact]
    public void IdentityAndPinAreReadOnlyWhileOtherRegistersKeepWrites()
    {
        var bus = Bus();

        bus.Write16(Devfn, PciConfig.VendorId, 0x1234);
        bus.Write8(Devfn, PciConfig.InterruptPin, 3);
        bus.Write8(Devfn, PciConfig.InterruptLine, 10);
        bus.Write16(Devfn, PciConfig.Command, PciConfig.CommandMaster);

        Assert.Equal(0x1af4, bus.Read16(Devfn, PciConfig.VendorId));
        Assert.Equal(0x0200, bus.Read16(Devfn, PciConfig.ClassDevice));
        Assert.Equal(1, bus.Read8(Devfn, PciConfig.InterruptPin));
        Assert.Equal(10, bus.Read8(Devfn, PciConfig.InterruptLine));
        Assert.Equal(PciConfig.CommandMaster, bus.Read16(Devfn, PciConfig.Command));
    }
}
