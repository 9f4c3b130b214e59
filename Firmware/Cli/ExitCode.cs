namespace FirmwareGuard.Firmware.Cli;

/// <summary>The process exit codes of every command.</summary>
internal static class ExitCode
{
    public const int Success = 0;

    /// <summary>The firmware faulted (for example, <c>%s</c> read an integer).</summary>
    public const int Fault = 1;

    /// <summary>Bad input: unknown command or option, malformed argument, invalid scenario.</summary>
    public const int Usage = 2;

    /// <summary>The report could not be written (stdout closed or full).</summary>
    public const int OutputFailed = 3;
}
