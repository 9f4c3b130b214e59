namespace FirmwareGuard.Firmware.Explaining;

/// <summary>A message that ended without a newline, so Xen's console printed the next message on its line.</summary>
public sealed record JoinedLine(int Line, string Message)
{
    public string Explanation =>
        $"`{Message}` ends without a newline, so the console printed the next message on the same line.";
}
