namespace FirmwareGuard.Firmware.Platform;

/// <summary>What builds the domain and writes its xenstore keys.</summary>
public enum Toolstack
{
    /// <summary>libxl (xl): since patch 8/8 writes hvmloader/allow-memory-relocate.</summary>
    Libxl,

    /// <summary>xend: writes no such key (and only knows qemu-traditional).</summary>
    Xend,

    /// <summary>Any other toolstack: writes no such key.</summary>
    Other,
}
