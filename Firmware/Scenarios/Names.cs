using FirmwareGuard.Firmware.Platform;

namespace FirmwareGuard.Firmware.Scenarios;

/// <summary>The words scenarios and reports use for guest types, device models and toolstacks.</summary>
public static class Names
{
    public static string Of(GuestType guest) => guest == GuestType.Pv ? "pv" : "hvm";

    public static string Of(DeviceModel model) => model == DeviceModel.QemuTraditional ? "qemu-traditional" : "qemu-xen";

    public static string Of(Toolstack toolstack) => toolstack switch
    {
        Toolstack.Xend => "xend",
        Toolstack.Other => "other",
        _ => "libxl",
    };

    public static string Of(BarType type) => type switch
    {
        BarType.Mem64 => "mem64",
        BarType.Io => "io",
        BarType.Rom => "rom",
        _ => "mem32",
    };
}
