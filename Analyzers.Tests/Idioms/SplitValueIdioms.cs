namespace FirmwareGuard.Tests.Idioms;

/// <summary>64-bit values printed as two 32-bit halves (FG0101), as hvmloader prints addresses and sizes.</summary>
internal static class SplitValueIdioms
{
    public static readonly Idiom[] All =
    {
        new("element through an index", "module list with both halves of each address", """
            void ListModules(Module[] modlist, int count)
            {
                for (var i = 0; i < count; i++)
                {
                    Log.Printf("module %d at %x%08x, %u bytes\n",
                        i, (uint)(modlist[i].Paddr >> 32), (uint)modlist[i].Paddr, modlist[i].Size);
                }
            }
            """),
        new("element through an index", "module list printing only the low word", """
            void ListModules(Module[] modlist, int count)
            {
                for (var i = 0; i < count; i++)
                {
                    Log.Printf("module %d at %08x, %u bytes\n", i, {|FG0101:(uint)modlist[i].Paddr|}, modlist[i].Size);
                }
            }
            """),
        new("element through an index", "BAR sizes from a table, both halves", """
            void DumpSizes(ulong[] barSize, int nr)
            {
                for (var i = 0; i < nr; i++)
                {
                    Log.Printf("  size[%d] = %x%08x\n", i, (uint)(barSize[i] >> 32), (uint)barSize[i]);
                }
            }
            """),
        new("element through an index", "BAR sizes with the halves of two elements", """
            void DumpSizes(ulong[] barSize, int nr)
            {
                for (var i = 1; i < nr; i++)
                {
                    Log.Printf("  size[%d] = %x%08x\n", i, (uint)(barSize[i - 1] >> 32), {|FG0101:(uint)barSize[i]|});
                }
            }
            """),
        new("member through a parameter or property", "MMIO window from a struct parameter", """
            void ReportWindow(Window window)
            {
                Log.Printf("MMIO window %x%08x-%x%08x\n",
                    (uint)(window.Base >> 32), (uint)window.Base, (uint)(window.Limit >> 32), (uint)window.Limit);
            }
            """),
        new("member through a parameter or property", "bridge prefetch window through properties", """
            void ReportBridge(Bridge bridge)
            {
                Log.Printf("bridge %02x prefetch base %x%08x\n",
                    bridge.Devfn, (uint)(bridge.Prefetch.Base >> 32), (uint)bridge.Prefetch.Base);
            }
            """),
        new("member through a parameter or property", "bridge prefetch limit printed as its low word", """
            void ReportBridge(Bridge bridge)
            {
                Log.Printf("bridge %02x prefetch limit %08x\n", bridge.Devfn, {|FG0101:(uint)bridge.Prefetch.Limit|});
            }
            """),
        new("split the FG0001 fix writes", "BAR size and base split inline", """
            void ReportBar(PciBar bar)
            {
                Log.Printf("pci dev %02x:%x bar %02x size %x%08x: %x%08x\n",
                    bar.Devfn >> 3, bar.Devfn & 7, bar.BarReg,
                    (uint)(bar.Size >> 32), (uint)bar.Size, (uint)(bar.Base >> 32), (uint)bar.Base);
            }
            """),
        new("split the FG0001 fix writes", "BAR base narrowed without its upper half", """
            void ReportBar(PciBar bar)
            {
                Log.Printf("pci dev %02x:%x bar %02x size %x%08x: %08x\n",
                    bar.Devfn >> 3, bar.Devfn & 7, bar.BarReg,
                    (uint)(bar.Size >> 32), (uint)bar.Size, {|FG0101:(uint)bar.Base|});
            }
            """),
        new("unsigned shift", "high memory end with >>>", """
            void ReportHighMem(ulong highMemEnd)
            {
                Log.Printf("high memory ends at %x%08x\n", (uint)(highMemEnd >>> 32), (uint)highMemEnd);
            }
            """),
        new("unsigned shift", "upper half of one value, lower half of another", """
            void ReportHighMem(ulong highMemStart, ulong highMemEnd)
            {
                Log.Printf("high memory %x%08x\n", (uint)(highMemEnd >>> 32), {|FG0101:(uint)highMemStart|});
            }
            """),
        new("divide and remainder by 2^32", "RAM size split by division", """
            void ReportRam(ulong ramBytes)
            {
                Log.Printf("RAM: %x%08x bytes\n", (uint)(ramBytes / 0x100000000), (uint)(ramBytes % 0x100000000));
            }
            """),
        new("divide and remainder by 2^32", "RAM size as its remainder alone", """
            void ReportRam(ulong ramBytes)
            {
                Log.Printf("RAM: %x bytes\n", {|FG0101:(uint)(ramBytes % 0x100000000)|});
            }
            """),
        new("shift past the upper half", "guest frame's top bits", """
            void ReportGpa(ulong gpa)
            {
                Log.Printf("gpa bits 40-63: %x\n", (uint)(gpa >> 40));
            }
            """),
        new("shift past the upper half", "page frame number that can lose bits", """
            void ReportGpa(ulong gpa)
            {
                Log.Printf("pfn %x\n", {|FG0101:(uint)(gpa >> 12)|});
            }
            """),
        new("e820 table", "e820 map with both halves of base and size", """
            void DumpE820(E820Entry[] map, int nr)
            {
                for (var i = 0; i < nr; i++)
                {
                    Log.Printf(" [%02d]: %x%08x - %x%08x type %u\n", i,
                        (uint)(map[i].Addr >> 32), (uint)map[i].Addr,
                        (uint)(map[i].Size >> 32), (uint)map[i].Size, map[i].Type);
                }
            }
            """),
        new("e820 table", "e820 map printing the size's low word", """
            void DumpE820(E820Entry[] map, int nr)
            {
                for (var i = 0; i < nr; i++)
                {
                    Log.Printf(" [%02d]: %x%08x - %08x type %u\n", i,
                        (uint)(map[i].Addr >> 32), (uint)map[i].Addr, {|FG0101:(uint)map[i].Size|}, map[i].Type);
                }
            }
            """),
    };
}
