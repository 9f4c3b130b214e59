using FirmwareGuard.Firmware.Platform;
using FirmwareGuard.Firmware.Runtime;

namespace FirmwareGuard.Firmware.Hvmloader;

/// <summary>
/// hvmloader's pci_setup at c74c1f906a, the end of the series. Against the
/// version before it: relocating RAM can be refused through xenstore (8/8); the hole loop stops at
/// RAM when it is; BARs go above 4 GiB when the low hole cannot hold them all (4/8), largest first and
/// only while the rest does not fit (5/8, 6/8), whatever their size (7/8); the high window starts at
/// 4 GiB or above (3/8); and every message prints 64-bit values as two 32-bit halves (1/8, 2/8).
/// </summary>
public sealed class PciSetupAfter
{
    private const string HighMemResourceMessage = "%sRAM in high memory; setting high_mem resource base to %x%08x\n";

    private readonly HvmPlatform platform;
    private readonly PciBus bus;
    private readonly HvmInfo info;
    private readonly HvmConsole hvm;

    private PciSetupAfter(HvmPlatform platform)
    {
        this.platform = platform;
        bus = platform.Bus;
        info = platform.Info;
        hvm = platform.Hvm;
    }

    public static PciSetupResult Run(HvmPlatform platform) => new PciSetupAfter(platform).Run();

    private PciSetupResult Run()
    {
        var allowMemoryRelocate = true;
        if (platform.Xenstore.Read(Xenstore.AllowMemoryRelocate) is { } setting)
        {
            allowMemoryRelocate = CString.Strtoll(setting) != 0;
        }

        hvm.Printf("Relocating guest memory for lowmem MMIO space %s\n", allowMemoryRelocate ? "enabled" : "disabled");

        PciIsaLinks.Route(bus, hvm);
        var scan = PciScan.Run(bus, hvm);
        var mmioTotal = scan.MmioTotal;

        var pciMemStart = HvmloaderConfig.PciMemStart;
        var pciMemEnd = HvmloaderConfig.PciMemEnd;
        while (mmioTotal > pciMemEnd - pciMemStart
            && (pciMemStart << 1) != 0
            && (allowMemoryRelocate || ((pciMemStart << 1) >> HvmloaderConfig.PageShift) >= info.LowMemPgend))
        {
            pciMemStart <<= 1;
        }

        var bar64Relocation = new Bar64Relocation();
        if (mmioTotal > pciMemEnd - pciMemStart)
        {
            hvm.Printf("Low MMIO hole not large enough for all devices,"
                + " relocating some BARs to 64-bit\n");
            bar64Relocation.Enable();
        }

        RelocateRamBelow(pciMemStart);

        var highMemResource = new Resource((ulong)info.HighMemPgend << HvmloaderConfig.PageShift, 0);
        var highMemPgendIsLow = highMemResource.Base < HvmloaderConfig.FourGiB && info.HighMemPgend != 0;
        if (highMemResource.Base < HvmloaderConfig.FourGiB)
        {
            highMemResource.Base = HvmloaderConfig.FourGiB;
        }

        var highBase = highMemResource.Base;
        var ramInHighMemory = info.HighMemPgend != 0 ? string.Empty : "No ";
        if (highMemPgendIsLow)
        {
            // Patch 3/8's WARNING ends without a newline, so Xen's console prints it and the next
            // message as one line; the model prints that joined line on purpose, as a continuation.
            hvm.Printf("WARNING: hvm_info->high_mem_pgend %x does not point into high memory!", info.HighMemPgend);
            hvm.Printf(HighMemResourceMessage, ramInHighMemory, (uint)(highBase >> 32), (uint)highBase);
        }
        else
        {
            hvm.Printf(HighMemResourceMessage, ramInHighMemory, (uint)(highBase >> 32), (uint)highBase);
        }
        highMemResource.Max = 1ul << (int)CpuPhysAddr.Of(platform.Cpu);
        var memResource = new Resource(pciMemStart, pciMemEnd);
        var ioResource = new Resource(HvmloaderConfig.IoResourceBase, HvmloaderConfig.IoResourceMax);
        var bars = new BarAssigner(bus, memResource, highMemResource, ioResource);

        foreach (var bar in scan.Bars)
        {
            var usingBar64 = bar.IsBar64 && bar64Relocation.Enabled && mmioTotal > memResource.Max - memResource.Base;
            mmioTotal -= Assign(bars, bar, usingBar64);
        }

        if (scan.VgaDevfn != HvmloaderConfig.NoDevfn)
        {
            var command = bus.Read16(scan.VgaDevfn, PciConfig.Command);
            bus.Write16(scan.VgaDevfn, PciConfig.Command, (ushort)(command | PciConfig.CommandIo));
        }

        return new PciSetupResult(allowMemoryRelocate, pciMemStart, pciMemEnd, bar64Relocation.Enabled, highBase, bars.Assignments);
    }

    /// <summary>Moves the RAM the hole now overlaps above 4 GiB, in chunks of at most 0xffff pages.</summary>
    private void RelocateRamBelow(uint pciMemStart)
    {
        while ((pciMemStart >> HvmloaderConfig.PageShift) < info.LowMemPgend)
        {
            var pages = System.Math.Min(info.LowMemPgend - (pciMemStart >> HvmloaderConfig.PageShift), (1u << 16) - 1);
            if (info.HighMemPgend == 0)
            {
                info.HighMemPgend = 1u << (32 - HvmloaderConfig.PageShift);
            }

            info.LowMemPgend -= pages;
            var from = (ulong)info.LowMemPgend << HvmloaderConfig.PageShift;
            var to = (ulong)info.HighMemPgend << HvmloaderConfig.PageShift;
            hvm.Printf("Relocating 0x%x pages from %x%08x to %x%08x for lowmem MMIO hole\n",
                pages,
                (uint)(from >> 32),
                (uint)from,
                (uint)(to >> 32),
                (uint)to);
            if (platform.Hypervisor.AddToPhysmap(Hypervisor.DomidSelf, XenMapSpace.GmfnRange, info.LowMemPgend, info.HighMemPgend, pages) != Hypervisor.Success)
            {
                throw Bug.AddToPhysmapFailed(info.LowMemPgend, info.HighMemPgend, pages);
            }

            info.HighMemPgend += pages;
        }
    }

    /// <summary>Places one BAR; returns the memory it took off mmio_total (0 for I/O).</summary>
    private ulong Assign(BarAssigner bars, BarEntry bar, bool usingBar64)
    {
        var (devfn, barReg, barSize) = (bar.Devfn, bar.BarReg, bar.BarSize);
        var slot = bars.Choose(bar, high: usingBar64);
        if (!slot.Fits)
        {
            hvm.Printf("pci dev %02x:%x bar %02x size %x%08x: no space for resource!\n",
                devfn >> 3, devfn & 7, barReg, (uint)(barSize >> 32), (uint)barSize);
            bars.LeaveUnmapped(slot);
            return slot.Taken;
        }

        bars.Program(slot, writeUpperHalf: usingBar64);
        var barValue = slot.Value;
        hvm.Printf("pci dev %02x:%x bar %02x size %x%08x: %x%08x\n",
            devfn >> 3, devfn & 7, barReg, (uint)(barSize >> 32), (uint)barSize, (uint)(barValue >> 32), (uint)barValue);
        return slot.Taken;
    }
}
