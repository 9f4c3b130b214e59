namespace FirmwareGuard.Firmware.Hvmloader;

/// <summary>Where pci_setup would put one BAR: the window, the aligned base and the value the BAR register gets.</summary>
internal sealed record BarSlot(BarEntry Bar, Resource Resource, bool IsMemory, ulong Start, ulong Value)
{
    public ulong End => Start + Bar.BarSize;

    /// <summary>Whether the BAR fits in its window (<c>base &lt; resource-&gt;base || base &gt; resource-&gt;max</c> in C means it does not).</summary>
    public bool Fits => End >= Resource.Base && End <= Resource.Max;

    /// <summary>What the BAR takes off the memory still to be placed: its size for a memory BAR, nothing for I/O.</summary>
    public ulong Taken => IsMemory ? Bar.BarSize : 0;
}
