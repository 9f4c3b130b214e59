using FirmwareGuard.Firmware.Hvmloader;
using FirmwareGuard.Firmware.Simulation;

namespace FirmwareGuard.Firmware.Reports;

/// <summary>The words reports use for verdicts, placements and versions.</summary>
public static class ReportNames
{
    public static string Of(Verdict verdict) => verdict switch
    {
        Verdict.RelocatedHigh => "relocated-high",
        Verdict.DevicesUnmapped => "devices-unmapped",
        Verdict.BootFails => "boot-fails",
        Verdict.QemuXenCrash => "qemu-xen-crash",
        _ => "unaffected",
    };

    public static string Of(Placement placement) => placement switch
    {
        Placement.High => "high",
        Placement.Io => "io",
        Placement.Unmapped => "unmapped",
        _ => "low",
    };

    public static string Of(HvmloaderVersion version) => version == HvmloaderVersion.Before ? "before" : "after";
}
