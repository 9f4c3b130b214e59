namespace FirmwareGuard.Tests.Idioms;

/// <summary>Messages about PCI BARs, and messages that only look like them (FG0102).</summary>
internal static class BarIdioms
{
    public static readonly Idiom[] All =
    {
        new("word-boundary role names", "progress bar of a ROM copy", """
            void ShowProgress(uint percent, string progressBar)
            {
                Log.Printf("loading %u%% [%s]\n", percent, progressBar);
            }
            """),
        new("word-boundary role names", "BAR line whose register hides inside a word", """
            void ShowBar(uint devfn, uint toolbar, uint barSz)
            {
                Log.Printf({|FG0102:"pci dev %02x bar %u size %x\n"|}, devfn, toolbar, barSz);
            }
            """),
        new("word-boundary role names", "BAR line with camelCase and underscore role names", """
            void ShowBar(uint pciDevfn, uint BarIndex, uint bar_sz)
            {
                Log.Printf("pci dev %02x bar %u size %x\n", pciDevfn, BarIndex, bar_sz);
            }
            """),
        new("element of a role-named array", "BAR sizes and bases from parallel tables", """
            void ShowBars(uint devfn, ulong[] barSizes, uint[] barBases)
            {
                for (var bar = 0; bar < barSizes.Length; bar++)
                {
                    Log.Printf("pci dev %02x:%x bar %d size %x%08x: %08x\n", devfn >> 3, devfn & 7, bar,
                        (uint)(barSizes[bar] >> 32), (uint)barSizes[bar], barBases[bar]);
                }
            }
            """),
        new("element of a role-named array", "BAR bases from a table, no size", """
            void ShowBars(uint devfn, uint[] barBases)
            {
                for (var bar = 0; bar < barBases.Length; bar++)
                {
                    Log.Printf({|FG0102:"pci dev %02x:%x bar %d at %08x\n"|}, devfn >> 3, devfn & 7, bar, barBases[bar]);
                }
            }
            """),
        new("BAR in the text and a BAR value", "menu entry counting retries", """
            void ShowMenu(uint bar)
            {
                Log.Printf("retries %u\n", bar);
            }
            """),
        new("BAR in the text and a BAR value", "hvmloader's platform device MTRR line", """
            void ShowPlatformMtrr(string mode)
            {
                Log.Printf("Xen platform PCI device BAR MTRR cache attribute set to %s\n", mode);
            }
            """),
        new("BAR in the text and a BAR value", "BAR placed with its address only", """
            void ShowPlacement(uint barReg, uint barData)
            {
                Log.Printf({|FG0102:"placed BAR %02x at %08x\n"|}, barReg, barData);
            }
            """),
        new("register role from an attribute", "slot register logged with device and size", """
            void ShowSlot(Slot slot)
            {
                Log.Printf("dev %02x reg %x size %x%08x\n",
                    slot.Devfn, slot.Which, (uint)(slot.Size >> 32), (uint)slot.Size);
            }
            """),
        new("register role from an attribute", "slot register logged without the device", """
            void ShowSlot(Slot slot)
            {
                Log.Printf({|FG0102:"reg %x size %x%08x\n"|}, slot.Which, (uint)(slot.Size >> 32), (uint)slot.Size);
            }
            """),
    };
}
