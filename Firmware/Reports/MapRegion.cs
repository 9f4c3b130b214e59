namespace FirmwareGuard.Firmware.Reports;

/// <summary>Guest physical addresses [<see cref="Start"/>, <see cref="End"/>) and what they hold.</summary>
public sealed record MapRegion(ulong Start, ulong End, RegionKind Kind)
{
    public string Name => Kind switch
    {
        RegionKind.RelocatedRam => "RAM relocated by hvmloader",
        RegionKind.LowMmioHole => "low MMIO hole",
        RegionKind.HighMmio => "64-bit MMIO (BARs above 4 GiB)",
        _ => "RAM",
    };
}
