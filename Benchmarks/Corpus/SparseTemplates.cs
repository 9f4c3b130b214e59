namespace FirmwareGuard.Benchmarks.Corpus;

/// <summary>
/// The pieces of a <see cref="CorpusShape.Sparse"/> method: ordinary statements (register reads and
/// writes, loops, locals, arithmetic) without a shim call, call sites that each hold one shim call
/// (<c>$SHIM$</c>) inside a branch or a loop, and one <c>string.Format</c> statement (<c>$FORMAT$</c>).
/// <c>$N$</c> makes a local unique within its method, <c>$DEV$</c> is the file's device number. The
/// method declares <c>acc</c>, a <c>uint</c> the statements fold their reads into. Every piece is
/// clean: no FirmwareGuard finding, no CA2241.
/// </summary>
internal static class SparseTemplates
{
    public static readonly string[] Statements =
    [
        """
        var command$N$ = bus.ReadConfig32(devfn, 0x04);
        bus.WriteConfig32(devfn, 0x04, command$N$ | 0x7u);
        """,

        """
        for (uint reg = 0x40; reg < 0x50; reg += 4)
        {
            acc ^= bus.ReadConfig32(devfn, reg);
        }
        """,

        """
        acc = (acc << 3) | (acc >> 29);
        """,

        """
        if ((acc & 0x100u) != 0)
        {
            bus.WriteConfig8(devfn, 0x0d, 0x40);
        }
        """,

        """
        var tries$N$ = 0;
        while ((Io.Inb(0x1f7) & 0x80) != 0 && tries$N$ < 100)
        {
            tries$N$++;
        }
        """,

        """
        Io.Outb(0x80, (byte)(acc & 0xff));
        """,

        """
        switch (bus.ReadConfig8(devfn, 0x0e) & 0x7f)
        {
            case 0:
                acc += 6;
                break;
            case 1:
                acc += 2;
                break;
            default:
                acc += 1;
                break;
        }
        """,

        """
        mmioTotal += (acc & 0xfu) << 12;
        """,

        """
        var pin$N$ = bus.ReadConfig8(devfn, 0x3d);
        acc += pin$N$ == 0 ? 0u : ((pin$N$ - 1u) + (devfn >> 3)) & 3u;
        """,

        """
        var latency$N$ = (uint)bus.ReadConfig8(devfn, 0x0d) * 8u;
        acc = latency$N$ > acc ? latency$N$ - acc : acc - latency$N$;
        """,
    ];

    public static readonly string[] CallSites =
    [
        """
        if ((bus.ReadConfig16(devfn, 0x06) & 0x10) != 0)
        {
            $SHIM$ Log.Printf("pci dev %02x:%x has a capability list\n", devfn >> 3, devfn & 7);
        }
        """,

        """
        for (uint link = 0; link < 4; link++)
        {
            var isaIrq = Irq.Next(link);
            bus.WriteConfig8(PciIsaDevfn, 0x60 + link, (byte)isaIrq);
            $SHIM$ Log.Printf("PCI-ISA link %u routed to IRQ%u\n", link, isaIrq);
        }
        """,

        """
        var line$N$ = bus.ReadConfig8(devfn, 0x3c);
        if (line$N$ != 0xff)
        {
            $SHIM$ Log.Printf("pci dev %02x:%x uses IRQ%u\n", devfn >> 3, devfn & 7, (uint)line$N$);
        }
        """,

        // A message only this device prints: the corpus has distinct formats, not a handful of constants.
        """
        var status$N$ = Io.Inb(0x1f7);
        if ((status$N$ & 0x40) != 0)
        {
            $SHIM$ Log.Printf("dev$DEV$: controller %u ready, status %02x\n", (uint)$N$, (uint)status$N$);
        }
        """,

        """
        if ((pciMemStart >> 12) < lowMemPgend)
        {
            var nrPages$N$ = Math.Min(lowMemPgend - (pciMemStart >> 12), (1u << 16) - 1);
            lowMemPgend -= nrPages$N$;
            $SHIM$ Log.Printf("Relocating 0x%x pages from %08x to %x%08x for lowmem MMIO hole\n", nrPages$N$, lowMemPgend << 12, highMemPgend >> 20, highMemPgend << 12);
            Hypercall.AddToPhysmap(lowMemPgend, highMemPgend, nrPages$N$);
            highMemPgend += nrPages$N$;
        }
        """,
    ];

    public const string FormatStatement = """
        $FORMAT$ label = string.Format("{0:x2}:{1} class {2:x4}", devfn >> 3, devfn & 7, bus.ReadConfig16(devfn, 0x0a));
        """;

    /// <summary>The call sites a planted bug may go into (see <see cref="BlockTemplates.WithoutMustLogCall"/>).</summary>
    public static readonly string[] CallSitesWithoutMustLogCall = BlockTemplates.WithoutMustLog(CallSites);
}
