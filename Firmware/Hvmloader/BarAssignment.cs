using FirmwareGuard.Firmware.Platform;

namespace FirmwareGuard.Firmware.Hvmloader;

/// <summary>One BAR as pci_setup assigned it, in assignment order; <see cref="Base"/> has no flag bits and is null when unmapped.</summary>
public sealed record BarAssignment(int Devfn, int BarReg, BarType Type, bool Is64, ulong Size, Placement Placement, ulong? Base)
{
    public Bdf Bdf => Bdf.FromDevfn(Devfn);
}
