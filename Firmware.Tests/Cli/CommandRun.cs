using System.IO;
using FirmwareGuard.Firmware.Cli;

namespace FirmwareGuard.Firmware.Tests.Cli;

/// <summary>One run of the Firmware command line, in process.</summary>
internal sealed record CommandRun(int ExitCode, string Output, string Error)
{
    public static CommandRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CommandLine.Run(args, output, error);
        return new CommandRun(exitCode, output.ToString(), error.ToString());
    }
}
