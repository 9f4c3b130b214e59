using FirmwareGuard.Firmware.Platform;

namespace FirmwareGuard.Firmware.Hvmloader;

/// <summary>
/// One BAR as pci_setup assigned it, in assignment order; <see cref="Base"/> has no flag bits and is null
/// when unmapped. <see cref="Flags"/> are the register's low bits hvmloader keeps (type, prefetchable, I/O).
/// </summary>
public sealed record BarAssignment(int Devfn, int BarReg, BarType Type, bool Is64, ulong Size, Placement Placement, ulong? Base, uint Flags)
{
    public Bdf Bdf => Bdf.FromDevfn(Devfn);

    /// <summary>"BAR1" for register 0x14, "ROM" for the expansion ROM register.</summary>
    public string Name => BarReg == PciConfig.RomAddress ? "ROM" : $"BAR{(BarReg - PciConfig.BaseAddress0) / 4}";

    /// <summary>The value hvmloader wrote to the register: the base with the flag bits.</summary>
    public ulong? RegisterValue => Base | Flags;
}
