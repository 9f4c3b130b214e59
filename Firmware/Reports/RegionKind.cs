namespace FirmwareGuard.Firmware.Reports;

/// <summary>What a range of guest physical addresses holds once pci_setup returns.</summary>
public enum RegionKind
{
    Ram,

    /// <summary>RAM hvmloader moved above 4 GiB to make room for the low MMIO hole.</summary>
    RelocatedRam,

    LowMmioHole,

    /// <summary>The span of the BARs placed above 4 GiB.</summary>
    HighMmio,
}
