namespace FirmwareGuard.Firmware.Hvmloader;

/// <summary>The two versions of hvmloader's pci_setup this model runs.</summary>
public enum HvmloaderVersion
{
    /// <summary>a12d15d8c1, the parent of the series.</summary>
    Before,

    /// <summary>c74c1f906a, patch 8/8 "libxl,hvmloader: Don't relocate memory for MMIO hole".</summary>
    After,
}
