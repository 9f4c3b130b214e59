using FirmwareGuard.Firmware.Platform;
using FirmwareGuard.Firmware.Runtime;

namespace FirmwareGuard.Firmware.Hvmloader;

/// <summary>
/// hvmloader's pci_setup at a12d15d8c1, just before the series. It always grows
/// the low hole until the BARs fit or it starts at 0x80000000, relocating whatever RAM it overlaps
/// (without a word); it allows 64-bit BARs above 4 GiB only when the hole did NOT reach 2 GiB (the
/// polarity 4/8 fixed), counts every memory BAR against the low hole even when it goes high (5/8),
/// moves only BARs over 512 MiB (7/8), starts the high window at high_mem_pgend even when that is 0
/// (3/8), and prints 64-bit sizes with %llx, which hvmloader's printf cannot do (1/8).
/// </summary>
public sealed class PciSetupBefore
{
    /// <summary>PCI_MIN_BIG_BAR_SIZE (config.h, 45f52f2646; removed by 7/8): only larger BARs may go high.</summary>
    private const ulong PciMinBigBarSize = 0x20000000;

    private readonly HvmPlatform platform;
    private readonly PciBus bus;
    private readonly HvmInfo info;
    private readonly HvmConsole hvm;

    private PciSetupBefore(HvmPlatform platform)
    {
        this.platform = platform;
        bus = platform.Bus;
        info = platform.Info;
        hvm = platform.Hvm;
    }

    public static PciSetupResult Run(HvmPlatform platform) => new PciSetupBefore(platform).Run();

    private PciSetupResult Run()
    {
        PciIsaLinks.Route(bus, hvm);
        var scan = PciScan.Run(bus, hvm);

        var pciMemStart = HvmloaderConfig.PciMemStart;
        var pciMemEnd = HvmloaderConfig.PciMemEnd;
        while (scan.MmioTotal > pciMemEnd - pciMemStart && (pciMemStart << 1) != 0)
        {
            pciMemStart <<= 1;
        }

        var bar64Relocation = new Bar64Relocation();
        if ((pciMemStart << 1) != 0)
        {
#pragma warning disable FG0103 // The 2013 code as it was: BARs went 64-bit without a word; patch 2/8 added the warning (and 4/8 fixed this condition).
            bar64Relocation.Enable();
#pragma warning restore FG0103
        }

        RelocateRamBelow(pciMemStart);

        var highMemResource = new Resource((ulong)info.HighMemPgend << HvmloaderConfig.PageShift, 1ul << (int)CpuPhysAddr.Of(platform.Cpu));
        var highBase = highMemResource.Base;
        var memResource = new Resource(pciMemStart, pciMemEnd);
        var ioResource = new Resource(HvmloaderConfig.IoResourceBase, HvmloaderConfig.IoResourceMax);
        var bars = new BarAssigner(bus, memResource, highMemResource, ioResource);

        // int64_t mmio_left, compared with the uint64_t bar_sz: C converts it to unsigned, so once it
        // goes negative no BAR is "larger than what is left" any more.
        long mmioLeft = pciMemEnd - pciMemStart;
        foreach (var bar in scan.Bars)
        {
            var usingBar64 = bar.IsBar64 && bar64Relocation.Enabled && unchecked((ulong)mmioLeft) < bar.BarSize;
            mmioLeft = unchecked(mmioLeft - (long)Assign(bars, bar, usingBar64));
        }

        if (scan.VgaDevfn != HvmloaderConfig.NoDevfn)
        {
            var command = bus.Read16(scan.VgaDevfn, PciConfig.Command);
            bus.Write16(scan.VgaDevfn, PciConfig.Command, (ushort)(command | PciConfig.CommandIo));
        }

        return new PciSetupResult(AllowMemoryRelocate: true, pciMemStart, pciMemEnd, bar64Relocation.Enabled, highBase, bars.Assignments);
    }

    /// <summary>Moves the RAM the hole now overlaps above 4 GiB, in chunks of at most 0xffff pages, silently.</summary>
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
#pragma warning disable FG0103 // The 2013 code as it was: guest RAM moved without a word; patch 2/8 logged every chunk with its page count and addresses.
            if (platform.Hypervisor.AddToPhysmap(Hypervisor.DomidSelf, XenMapSpace.GmfnRange, info.LowMemPgend, info.HighMemPgend, pages) != Hypervisor.Success)
            {
                throw Bug.AddToPhysmapFailed(info.LowMemPgend, info.HighMemPgend, pages);
            }
#pragma warning restore FG0103

            info.HighMemPgend += pages;
        }
    }

    /// <summary>Places one BAR; returns the memory it took off mmio_left (0 for I/O).</summary>
    private ulong Assign(BarAssigner bars, BarEntry bar, bool usingBar64)
    {
        var (devfn, barReg, barSize) = (bar.Devfn, bar.BarReg, bar.BarSize);
        var slot = bars.Choose(bar, high: usingBar64 && barSize > PciMinBigBarSize);
        if (!slot.Fits)
        {
#pragma warning disable FG0002 // The 2013 code as it was: %llx prints "lx"; patch 1/8 split this 64-bit size into PRIllx halves.
            hvm.Printf("pci dev %02x:%x bar %02x size %llx: no space for resource!\n", devfn >> 3, devfn & 7, barReg, barSize);
#pragma warning restore FG0002
            bars.LeaveUnmapped(slot);
            return slot.Taken;
        }

        // The 2013 code wrote the upper half whenever the BAR was picked for 64-bit relocation, even if it then stayed low.
        bars.Program(slot, writeUpperHalf: usingBar64);
        var barValue = slot.Value;
#pragma warning disable FG0001, FG0002, FG0101 // The 2013 code as it was: %llx prints "lx" and %08x the size (patch 1/8 split it into PRIllx halves), and the base's upper half is never printed (patch 2/8 added it).
        hvm.Printf("pci dev %02x:%x bar %02x size %llx: %08x\n", devfn >> 3, devfn & 7, barReg, barSize, (uint)barValue);
#pragma warning restore FG0001, FG0002, FG0101
        return slot.Taken;
    }
}
