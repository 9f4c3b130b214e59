namespace FirmwareGuard.Firmware.Platform;

/// <summary>
/// The guest's hvm_info_table memory fields (xen/include/public/hvm/hvm_info_table.h): RAM is
/// 0..LowMemPgend pages below 4 GiB and 4 GiB..HighMemPgend pages above; zero means no such range.
/// hvmloader updates them in place when it relocates RAM.
/// </summary>
public sealed class HvmInfo
{
    public uint LowMemPgend { get; set; }

    public uint HighMemPgend { get; set; }
}
