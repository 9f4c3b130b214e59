using System;
using System.Linq;

namespace FirmwareGuard.Benchmarks.Corpus;

/// <summary>
/// Statement blocks in the style of hvmloader's <c>pci_setup</c>, each with exactly one call to the
/// printf shim (<c>$SHIM$</c>) and one <c>string.Format</c> call (<c>$FORMAT$</c>) among ordinary
/// register I/O, arithmetic, loops and switches. <c>$N$</c> makes a local unique within its method,
/// <c>$DEV$</c> is the file's device number. Every template is clean: no FirmwareGuard finding, no CA2241.
/// </summary>
internal static class BlockTemplates
{
    public const string ShimMarker = "$SHIM$";
    public const string FormatMarker = "$FORMAT$";

    /// <summary>The call to the <c>[MustLog]</c> hypercall, which the block's shim call must log first.</summary>
    private const string MustLogCall = "Hypercall.AddToPhysmap(";

    public static readonly string[] All =
    [
        // BAR sizing, and the BAR line as hvmloader prints it after the 2013 series (PRIllx halves).
        """
        for (uint bar = 0; bar < 6; bar++)
        {
            var barReg = 0x10u + (bar * 4);
            var barData = bus.ReadConfig32(devfn, barReg);
            bus.WriteConfig32(devfn, barReg, ~0u);
            var barSz = (ulong)(~(barData & 0xfffffff0u) + 1u);
            if (barSz == 0 || (barData & 1) != 0)
            {
                continue;
            }

            mmioTotal += (uint)barSz;
            $SHIM$ Log.Printf("pci dev %02x:%x bar %02x size %x%08x: %08x\n", devfn >> 3, devfn & 7, barReg, (uint)(barSz >> 32), (uint)barSz, barData);
            $FORMAT$ label = string.Format("{0:x2}:{1} bar {2:x2} size {3:x}", devfn >> 3, devfn & 7, barReg, barSz);
        }
        """,

        // PCI-ISA link routing.
        """
        for (uint link = 0; link < 4; link++)
        {
            var isaIrq = Irq.Next(link);
            bus.WriteConfig8(PciIsaDevfn, 0x60 + link, (byte)isaIrq);
            $SHIM$ Log.Printf("PCI-ISA link %u routed to IRQ%u\n", link, isaIrq);
            $FORMAT$ label = string.Format("link {0} -> IRQ{1}", link, isaIrq);
        }
        """,

        // Class-specific fix-ups.
        """
        switch (bus.ReadConfig16(devfn, 0x0a))
        {
            case 0x0300:
                vgaDevfn = devfn;
                $SHIM$ Log.Printf("pci dev %02x:%x is a VGA device\n", devfn >> 3, devfn & 7);
                break;
            case 0x0680:
                bus.WriteConfig8(devfn, 0x80, 0x01);
                $FORMAT$ label = string.Format("pm {0:x2}:{1}", devfn >> 3, devfn & 7);
                break;
            default:
                Io.Outb(0xe9, (byte)'.');
                break;
        }
        """,

        // Relocating low RAM out of the MMIO hole.
        """
        if ((pciMemStart >> 12) < lowMemPgend)
        {
            var nrPages = Math.Min(lowMemPgend - (pciMemStart >> 12), (1u << 16) - 1);
            if (highMemPgend == 0)
            {
                highMemPgend = 1u << (32 - 12);
            }

            lowMemPgend -= nrPages;
            $SHIM$ Log.Printf("Relocating 0x%x pages from %08x to %x%08x for lowmem MMIO hole\n", nrPages, lowMemPgend << 12, highMemPgend >> 20, highMemPgend << 12);
            Hypercall.AddToPhysmap(lowMemPgend, highMemPgend, nrPages);
            highMemPgend += nrPages;
            $FORMAT$ label = string.Format("{0} pages relocated", nrPages);
        }
        """,

        // Growing the MMIO hole.
        """
        while (mmioTotal > (pciMemEnd - pciMemStart) && (pciMemStart << 1) != 0)
        {
            pciMemStart <<= 1;
        }

        if (mmioTotal > (pciMemEnd - pciMemStart))
        {
            bar64Relocate = true;
            $SHIM$ Log.Printf("Low MMIO hole not large enough for all devices, relocating some BARs to 64-bit\n");
            Mtrr.SetUncachable(pciMemStart, pciMemEnd - pciMemStart);
            $FORMAT$ label = string.Format("hole {0:x8}-{1:x8}", pciMemStart, pciMemEnd);
        }
        """,

        // The high memory resource.
        """
        if (bar64Relocate || highMemPgend != 0)
        {
            var highBase = (ulong)highMemPgend << 12;
            if (highBase < (1ul << 32))
            {
                highBase = 1ul << 32;
            }

            highMemBase = Memory.AlignUp(highBase, 1ul << 20);
            $SHIM$ Log.Printf("%sRAM in high memory; setting high_mem resource base to %x%08x\n", highMemPgend == 0 ? "No " : "", (uint)(highBase >> 32), (uint)highBase);
            $FORMAT$ label = string.Format("high_mem base {0:x}", highMemBase);
            Io.Outb(0x80, (byte)highMemBase);
        }
        """,

        // INTx routing.
        """
        var pin$N$ = bus.ReadConfig8(devfn, 0x3d);
        if (pin$N$ != 0)
        {
            var link = ((pin$N$ - 1u) + (devfn >> 3)) & 3u;
            var isaIrq = bus.ReadConfig8(PciIsaDevfn, 0x60 + link);
            $SHIM$ Log.Printf("pci dev %02x:%x INT%c->IRQ%u\n", devfn >> 3, devfn & 7, (char)('A' + pin$N$ - 1), isaIrq);
            $FORMAT$ label = string.Format("INT{0} -> IRQ{1}", (char)('A' + pin$N$ - 1), isaIrq);
        }
        """,

        // The E820 map.
        """
        for (var entry = 0; entry < E820Entries; entry++)
        {
            var start = E820.Base(entry);
            var end = start + E820.Size(entry);
            $SHIM$ Log.Printf(" [%02d]: %08x:%08x - %08x:%08x: %s\n", entry, (uint)(start >> 32), (uint)start, (uint)(end >> 32), (uint)end, E820.TypeName(entry));
            $FORMAT$ label = string.Format("e820[{0}] {1:x}-{2:x}", entry, start, end);
        }
        """,

        // A message only this device prints: the corpus has distinct formats, not a handful of constants.
        """
        var status$N$ = Io.Inb(0x1f7);
        if ((status$N$ & 0x80) == 0)
        {
            var ready = (status$N$ & 0x40) != 0;
            $SHIM$ Log.Printf("dev$DEV$: step %u of %u, port %04x %s\n", (uint)$N$, 8u, 0x1f7u, ready ? "ready" : "busy");
            Io.Outb(0x1f6, (byte)(0xa0 | (devfn & 1) << 4));
            $FORMAT$ label = string.Format("dev$DEV$ step {0}: {1}", $N$, ready);
        }
        """,
    ];

    /// <summary>
    /// The templates a planted bug may go into: replacing the log line of a block that relocates RAM
    /// would also unlog the relocation (a second finding, FG0103).
    /// </summary>
    public static readonly string[] WithoutMustLogCall = WithoutMustLog(All);

    public static string[] WithoutMustLog(string[] templates) =>
        templates.Where(template => !template.Contains(MustLogCall, StringComparison.Ordinal)).ToArray();
}
