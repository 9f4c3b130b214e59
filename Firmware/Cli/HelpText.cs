using System.IO;

namespace FirmwareGuard.Firmware.Cli;

/// <summary>Prints a help text, the answer to --help or -h.</summary>
internal static class HelpText
{
    public static bool Asked(string[] args) => args is ["--help" or "-h", ..];

    public static int Print(TextWriter output, string help)
    {
        output.Write(help.EndsWith('\n') ? help : help + "\n");
        return ExitCode.Success;
    }
}
