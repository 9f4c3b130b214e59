using System.Collections.Generic;

namespace FirmwareGuard.Firmware.Platform;

/// <summary>
/// A PCI function as the VM presents it: identity, interrupt pin (0 none, 1 INTA .. 4 INTD), BARs,
/// an optional expansion ROM size, and whether the guest cannot boot without it (the platform's own devices).
/// </summary>
public sealed record PciDeviceSpec(
    Bdf Bdf,
    string Name,
    ushort Vendor,
    ushort Device,
    ushort ClassCode,
    byte InterruptPin,
    IReadOnlyList<BarSpec> Bars,
    ulong? RomSize,
    bool Critical);
