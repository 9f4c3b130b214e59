using System.Collections.Generic;

namespace FirmwareGuard.Firmware.Hvmloader;

/// <summary>What the bus scan leaves for the rest of pci_setup: BARs by descending size, the memory they need, the VGA device.</summary>
internal sealed record PciScanResult(IReadOnlyList<BarEntry> Bars, ulong MmioTotal, int VgaDevfn);
