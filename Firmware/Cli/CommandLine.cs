using System.IO;

namespace FirmwareGuard.Firmware.Cli;

/// <summary>The Firmware command line: dispatches to one command per verb.</summary>
internal static class CommandLine
{
    public const int Usage = 2;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        error.WriteLine("usage: FirmwareGuard.Firmware <command> [arguments]");
        return Usage;
    }
}
