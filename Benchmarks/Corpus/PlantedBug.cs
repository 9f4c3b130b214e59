namespace FirmwareGuard.Benchmarks.Corpus;

/// <summary>
/// A statement that replaces a block's shim call (or its <c>string.Format</c> call) in the buggy
/// corpus and produces exactly one diagnostic with <see cref="RuleId"/>.
/// </summary>
internal sealed class PlantedBug
{
    private PlantedBug(string ruleId, bool replacesFormatCall, string statement)
    {
        RuleId = ruleId;
        ReplacesFormatCall = replacesFormatCall;
        Statement = statement;
    }

    public string RuleId { get; }

    /// <summary>True for CA2241's bug, which replaces the <c>string.Format</c> call; the others replace the shim call.</summary>
    public bool ReplacesFormatCall { get; }

    public string Statement { get; }

    /// <summary>One bug per rule, in the order the buggy corpus plants them.</summary>
    public static readonly PlantedBug[] All =
    [
        // The 64-bit size passed whole: %x prints its lower half, %08x its upper half.
        new("FG0001", false, """Log.Printf("pci dev %02x:%x high_mem base %x: %08x\n", devfn >> 3, devfn & 7, highMemBase, devfn);"""),
        new("FG0002", false, """Log.Printf("pci dev %02x:%x uses IRQ%i\n", devfn >> 3, devfn & 7, devfn);"""),
        new("FG0003", false, """Log.Printf("pci dev %02x:%x enabled\n", devfn >> 3);"""),
        new("FG0004", false, """Log.Printf("pci dev %02x enabled\n", devfn >> 3, devfn & 7);"""),
        new("FG0005", false, """Log.Printf("pci dev %s enabled\n", devfn);"""),
        new("FG0006", false, """Log.Printf("pci dev %02x: hole %5% full\n", devfn);"""),
        new("FG0007", false, """Log.Printf(label);"""),
        new("FG0008", false, """Log.Printf("pci dev %02x:%x\n", savedArguments);"""),

        // Through EDK2's DEBUG(), whose serial library keeps 255 characters: 292 characters of text, two %x of up to 8 and "\r\n".
        new("FG0009", false, """Uefi.Debug("pci dev %02x:%x: the device answers config reads, but its vendor and device IDs match no entry of the table of devices this firmware sets up, so it is left as the platform found it: no interrupt line is routed to it, bus mastering stays off, and its own driver will have to do all of that by itself\n", devfn >> 3, devfn & 7);"""),

        // The lower half of the 64-bit high_mem base without its upper half.
        new("FG0101", false, """Log.Printf("pci dev %02x:%x high_mem base %08x\n", devfn >> 3, devfn & 7, (uint)highMemBase);"""),

        // A BAR message that says which device and where, but not which BAR or how big.
        new("FG0102", false, """Log.Printf("pci dev %02x:%x bar base %x%08x\n", devfn >> 3, devfn & 7, (uint)(highMemBase >> 32), (uint)highMemBase);"""),

        // RAM relocated at an address no message has printed: no straight-line log, so the graph decides.
        new("FG0103", false, """Hypercall.AddToPhysmap(bus.ReadConfig32(devfn, 0x44), highMemPgend, 1u);"""),

        // A line left open: every later message of a corpus method sits in a branch or a loop, so some path ends the method with the line open.
        new("FG0104", false, """Log.Printf("pci dev %02x:%x: ", devfn >> 3, devfn & 7);"""),
        new("CA2241", true, """label = string.Format("{0:x2}:{1}", devfn >> 3);"""),
    ];
}
