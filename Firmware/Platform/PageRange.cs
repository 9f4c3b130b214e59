namespace FirmwareGuard.Firmware.Platform;

/// <summary>Guest frames [First, First + Count).</summary>
public readonly record struct PageRange(ulong First, ulong Count)
{
    public ulong End => First + Count;
}
