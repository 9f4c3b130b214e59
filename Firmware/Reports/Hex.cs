using System.Globalization;

namespace FirmwareGuard.Firmware.Reports;

/// <summary>Addresses, sizes and page numbers as reports write them: minimal lowercase hex with "0x".</summary>
public static class Hex
{
    public static string Of(ulong value) => "0x" + value.ToString("x", CultureInfo.InvariantCulture);
}
