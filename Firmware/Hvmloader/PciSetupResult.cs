using System.Collections.Generic;

namespace FirmwareGuard.Firmware.Hvmloader;

/// <summary>
/// What pci_setup decided: whether it would relocate RAM, the final low hole, whether 64-bit BARs may
/// go high, the high window's base before the first BAR, and every BAR's assignment. (hvm_info, the
/// physmap moves and the log are on the platform.)
/// </summary>
public sealed record PciSetupResult(
    bool AllowMemoryRelocate,
    uint PciMemStart,
    uint PciMemEnd,
    bool Bar64Relocate,
    ulong HighMemResourceBase,
    IReadOnlyList<BarAssignment> Bars);
