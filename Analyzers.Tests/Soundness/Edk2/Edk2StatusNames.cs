using System.Globalization;

namespace FirmwareGuard.Tests.Soundness.Edk2;

/// <summary>
/// What BasePrintLib's <c>%r</c> prints for a <c>RETURN_STATUS</c>: the name of a warning (0–7) or of
/// an error (the top bit of <c>UINTN</c> set, 1–35 below it), else the value as <c>%08X</c>, which
/// reads an <c>int</c> and so shows only the low 32 bits.
/// </summary>
internal static class Edk2StatusNames
{
    private static readonly string[] Warnings =
    {
        "Success", "Warning Unknown Glyph", "Warning Delete Failure", "Warning Write Failure",
        "Warning Buffer Too Small", "Warning Stale Data", "Warning File System", "Warning Reset Required",
    };

    private static readonly string[] Errors =
    {
        "Load Error", "Invalid Parameter", "Unsupported", "Bad Buffer Size", "Buffer Too Small",
        "Not Ready", "Device Error", "Write Protected", "Out of Resources", "Volume Corrupt",
        "Volume Full", "No Media", "Media changed", "Not Found", "Access Denied",
        "No Response", "No mapping", "Time out", "Not started", "Already started",
        "Aborted", "ICMP Error", "TFTP Error", "Protocol Error", "Incompatible Version",
        "Security Violation", "CRC Error", "End of Media", "Reserved (29)", "Reserved (30)",
        "End of File", "Invalid Language", "Compromised Data", "IP Address Conflict", "HTTP Error",
    };

    /// <param name="status">The status, zero-extended.</param>
    /// <param name="statusBits">The width of <c>UINTN</c>: 32 on IA32, 64 on X64.</param>
    public static string Describe(ulong status, int statusBits)
    {
        var errorBit = 1UL << (statusBits - 1);
        if ((status & errorBit) != 0)
        {
            var index = status & ~errorBit;
            if (index >= 1 && index <= (ulong)Errors.Length)
            {
                return Errors[index - 1];
            }
        }
        else if (status < (ulong)Warnings.Length)
        {
            return Warnings[status];
        }

        return unchecked((uint)status).ToString("X8", CultureInfo.InvariantCulture);
    }
}
