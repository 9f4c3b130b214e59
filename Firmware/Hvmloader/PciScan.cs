using System.Collections.Generic;
using FirmwareGuard.Firmware.Platform;
using FirmwareGuard.Firmware.Runtime;

namespace FirmwareGuard.Firmware.Hvmloader;

/// <summary>
/// pci_setup's bus scan, the same before and after the series: for
/// each function on bus 0, note the VGA device, size each BAR by the sizing protocol, insert it into
/// a list kept in descending size (equal sizes stay in scan order), add memory BARs to mmio_total,
/// then route its interrupt and enable bus mastering. Of the class fixups only VGA matters here (the
/// PIIX4 PM and IDE register writes and the IGD OpRegion are not modelled).
/// </summary>
internal static class PciScan
{
    private const int BarsAndRom = 7;

    public static PciScanResult Run(PciBus bus, HvmConsole hvm)
    {
        var bars = new List<BarEntry>();
        var mmioTotal = 0ul;
        var vgaDevfn = HvmloaderConfig.NoDevfn;
        var virtualVga = VirtualVga.None;

        for (var devfn = 0; devfn < 256; devfn++)
        {
            var classCode = bus.Read16(devfn, PciConfig.ClassDevice);
            var vendorId = bus.Read16(devfn, PciConfig.VendorId);
            var deviceId = bus.Read16(devfn, PciConfig.DeviceId);
            if (vendorId == 0xffff && deviceId == 0xffff)
            {
                continue;
            }

            if (classCode == 0x0300)
            {
                if (vendorId == 0x1234 && deviceId == 0x1111)
                {
                    (vgaDevfn, virtualVga) = (devfn, VirtualVga.Std);
                }
                else if (vendorId == 0x1013 && deviceId == 0xb8)
                {
                    (vgaDevfn, virtualVga) = (devfn, VirtualVga.Cirrus);
                }
                else if (virtualVga == VirtualVga.None)
                {
                    (vgaDevfn, virtualVga) = (devfn, VirtualVga.Passthrough);
                }
            }

            for (var bar = 0; bar < BarsAndRom; bar++)
            {
                var barReg = PciConfig.BarRegisterOf(bar);
                var barData = bus.Read32(devfn, barReg);
                var isBar64 = (barData & (PciConfig.BaseAddressSpace | PciConfig.BaseAddressMemTypeMask))
                    == (PciConfig.BaseAddressSpaceMemory | PciConfig.BaseAddressMemType64);
                var isMemory = (barData & PciConfig.BaseAddressSpace) == PciConfig.BaseAddressSpaceMemory;

                bus.Write32(devfn, barReg, ~0u);
                ulong barSize = bus.Read32(devfn, barReg);
                bus.Write32(devfn, barReg, barData);
                barSize &= isMemory ? PciConfig.BaseAddressMemMask : PciConfig.BaseAddressIoMask & 0xffff;

                if (isBar64)
                {
                    var barDataUpper = bus.Read32(devfn, barReg + 4);
                    bus.Write32(devfn, barReg + 4, ~0u);
                    ulong barSizeUpper = bus.Read32(devfn, barReg + 4);
                    bus.Write32(devfn, barReg + 4, barDataUpper);
                    barSize |= barSizeUpper << 32;
                }

                barSize &= ~(barSize - 1);
                if (barSize == 0)
                {
                    continue;
                }

                var insertAt = bars.FindIndex(entry => entry.BarSize < barSize);
                bars.Insert(insertAt < 0 ? bars.Count : insertAt, new BarEntry(isBar64, devfn, barReg, barSize));

                if (isMemory)
                {
                    mmioTotal += barSize;
                }

                if (isBar64)
                {
                    bar++;
                }
            }

            RouteInterrupt(bus, hvm, devfn);
            var command = bus.Read16(devfn, PciConfig.Command);
            bus.Write16(devfn, PciConfig.Command, (ushort)(command | PciConfig.CommandMaster));
        }

        return new PciScanResult(bars, mmioTotal, vgaDevfn);
    }

    /// <summary>The barber's-pole mapping: INTx of slot s uses link (pin - 1 + s) mod 4.</summary>
    private static void RouteInterrupt(PciBus bus, HvmConsole hvm, int devfn)
    {
        var pin = bus.Read8(devfn, PciConfig.InterruptPin);
        if (pin == 0)
        {
            return;
        }

        var link = ((pin - 1) + (devfn >> 3)) & 3;
        var isaIrq = bus.Read8(HvmloaderConfig.PciIsaDevfn, HvmloaderConfig.PirqRouteControl + link);
        bus.Write8(devfn, PciConfig.InterruptLine, isaIrq);
        hvm.Printf("pci dev %02x:%x INT%c->IRQ%u\n", devfn >> 3, devfn & 7, (char)('A' + pin - 1), isaIrq);
    }
}
