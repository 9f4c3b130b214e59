namespace FirmwareGuard.Firmware.Hvmloader;

/// <summary>Where pci_setup put a BAR.</summary>
public enum Placement
{
    /// <summary>In the low MMIO hole below 4 GiB.</summary>
    Low,

    /// <summary>In the 64-bit MMIO window above RAM.</summary>
    High,

    /// <summary>In I/O port space.</summary>
    Io,

    /// <summary>Nowhere: "no space for resource!" — the register is left as it was.</summary>
    Unmapped,
}
