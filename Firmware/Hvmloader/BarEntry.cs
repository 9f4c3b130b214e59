namespace FirmwareGuard.Firmware.Hvmloader;

/// <summary>One entry of pci_setup's bars[] list: a BAR found by the scan, with its size.</summary>
internal readonly record struct BarEntry(bool IsBar64, int Devfn, int BarReg, ulong BarSize);
