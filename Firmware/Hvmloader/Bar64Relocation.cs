namespace FirmwareGuard.Firmware.Hvmloader;

/// <summary>
/// hvmloader's <c>bar64_relocate</c>: once enabled, 64-bit BARs may be placed above 4 GiB. Turning it
/// on moves devices where the guest may not expect them, so it must be logged first (patch 2/8's
/// "Low MMIO hole not large enough for all devices, relocating some BARs to 64-bit").
/// </summary>
public sealed class Bar64Relocation
{
    public bool Enabled { get; private set; }

    [MustLog]
    public void Enable() => Enabled = true;
}
