using System.Linq;
using FirmwareGuard.Firmware.Hvmloader;
using FirmwareGuard.Firmware.Platform;
using FirmwareGuard.Firmware.Runtime;
using Xunit;
using static FirmwareGuard.Firmware.Tests.Scenarios.TestScenarios;

namespace FirmwareGuard.Firmware.Tests.Hvmloader;

/// <summary>hvmloader's bus scan: BAR sizing as it reads it, the size-sorted list, mmio_total, interrupts.</summary>
public sealed class PciScanTests
{
    [Fact]
    public void EveryKindOfBarIsSizedAndA64BitBarTakesTwoRegisters()
    {
        var bus = new PciBus([Card("00:05.0", [Mem32(0, 4 * KiB), Mem64(1, 8 * GiB, prefetchable: true), Io(3, 64), Mem64(4, 32 * MiB)], rom: 128 * KiB)]);

        var scan = PciScan.Run(bus, new HvmConsole());

        Assert.Equal(
            [
                new BarEntry(true, 0x28, 0x14, 8 * GiB),
                new BarEntry(true, 0x28, 0x20, 32 * MiB),
                new BarEntry(false, 0x28, 0x30, 128 * KiB),
                new BarEntry(false, 0x28, 0x10, 4 * KiB),
                new BarEntry(false, 0x28, 0x1c, 64),
            ],
            scan.Bars);
        Assert.Equal((8 * GiB) + (32 * MiB) + (128 * KiB) + (4 * KiB), scan.MmioTotal);
    }

    [Fact]
    public void SizingRestoresEveryRegister()
    {
        var bus = new PciBus([Card("00:05.0", [Mem64(0, 1 * GiB), Io(2, 16)], rom: 64 * KiB)]);

        PciScan.Run(bus, new HvmConsole());

        Assert.Equal(0x4u, bus.Read32(0x28, 0x10));
        Assert.Equal(0u, bus.Read32(0x28, 0x14));
        Assert.Equal(0x1u, bus.Read32(0x28, 0x18));
        Assert.Equal(0u, bus.Read32(0x28, 0x30));
    }

    [Fact]
    public void EqualSizesKeepScanOrderByDeviceThenBar()
    {
        var bus = new PciBus(
        [
            Card("00:06.0", [Mem32(0, 1 * MiB), Mem32(1, 2 * MiB)]),
            Card("00:05.0", [Mem32(2, 1 * MiB), Mem32(0, 1 * MiB), Io(1, 256)]),
            Card("00:05.1", [Mem32(0, 2 * MiB)]),
        ]);

        var scan = PciScan.Run(bus, new HvmConsole());

        Assert.Equal(
            ["05.1/0x10", "06.0/0x14", "05.0/0x10", "05.0/0x18", "06.0/0x10", "05.0/0x14"],
            scan.Bars.Select(bar => $"{bar.Devfn >> 3:x2}.{bar.Devfn & 7}/0x{bar.BarReg:x}"));
    }

    [Fact]
    public void IoBarsAreNotCountedInMmioTotal()
    {
        var bus = new PciBus([Card("00:05.0", [Io(0, 256), Mem32(1, 4 * KiB)])]);

        Assert.Equal(4 * KiB, PciScan.Run(bus, new HvmConsole()).MmioTotal);
    }

    [Fact]
    public void InterruptsFollowTheBarbersPoleAndBusMasteringIsEnabled()
    {
        var bus = new PciBus(
        [
            .. PlatformDevices.All.Where(device => device.Bdf.Devfn == 0x08),
            Card("00:05.0", [], pin: 1),
            Card("00:06.0", [], pin: 2),
            Card("00:07.0", [], pin: 0),
        ]);
        var hvm = new HvmConsole();

        PciIsaLinks.Route(bus, hvm);
        PciScan.Run(bus, hvm);

        Assert.Equal(
            [
                "PCI-ISA link 0 routed to IRQ5",
                "PCI-ISA link 1 routed to IRQ10",
                "PCI-ISA link 2 routed to IRQ11",
                "PCI-ISA link 3 routed to IRQ5",
                "pci dev 05:0 INTA->IRQ10",
                "pci dev 06:0 INTB->IRQ5",
            ],
            hvm.Console.Lines);
        Assert.Equal(10, bus.Read8(0x28, PciConfig.InterruptLine));
        Assert.Equal(PciConfig.CommandMaster, bus.Read16(0x38, PciConfig.Command));
    }

    [Fact]
    public void TheFirstPassthroughVgaIsPrimaryUnlessAnEmulatedOneExists()
    {
        PciDeviceSpec Vga(string bdf, ushort vendor, ushort device) => Card(bdf, []) with { Vendor = vendor, Device = device, ClassCode = 0x0300 };

        Assert.Equal(0x28, PciScan.Run(new PciBus([Vga("00:05.0", 0x10de, 1), Vga("00:06.0", 0x10de, 2)]), new HvmConsole()).VgaDevfn);
        Assert.Equal(0x30, PciScan.Run(new PciBus([Vga("00:05.0", 0x10de, 1), Vga("00:06.0", 0x1013, 0xb8)]), new HvmConsole()).VgaDevfn);
        Assert.Equal(256, PciScan.Run(new PciBus([Card("00:05.0", [])]), new HvmConsole()).VgaDevfn);
    }
}
