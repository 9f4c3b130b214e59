using FirmwareGuard.Firmware.Platform;

namespace FirmwareGuard.Firmware.Hvmloader;

/// <summary>What a BAR found by the scan is, for the report: the ROM by its register, else by its space and width.</summary>
internal static class BarTypes
{
    public static BarType Of(BarEntry bar, bool isMemory) =>
        bar.BarReg == PciConfig.RomAddress ? BarType.Rom
        : !isMemory ? BarType.Io
        : bar.IsBar64 ? BarType.Mem64
        : BarType.Mem32;
}
