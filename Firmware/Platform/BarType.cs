namespace FirmwareGuard.Firmware.Platform;

/// <summary>What kind of base address register a device implements.</summary>
public enum BarType
{
    Mem32,
    Mem64,
    Io,
    Rom,
}
