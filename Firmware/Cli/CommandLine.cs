using System.IO;

namespace FirmwareGuard.Firmware.Cli;

/// <summary>The Firmware command line: dispatches to one command per verb.</summary>
internal static class CommandLine
{
    public const string Commands = SimulateCommand.Usage + " | scenarios | printf FORMAT [TYPE:VALUE...]";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            return args switch
            {
                ["simulate", .. var rest] => SimulateCommand.Run(rest, output),
                ["scenarios", .. var rest] => ScenariosCommand.Run(rest, output),
                ["printf", .. var rest] => PrintfCommand.Run(rest, output, error),
                [] => throw new UsageError($"no command given (commands: {Commands})"),
                [var verb, ..] => throw new UsageError($"unknown command '{verb}' (commands: {Commands})"),
            };
        }
        catch (UsageError usage)
        {
            error.WriteLine($"error: {usage.Message}");
            return ExitCode.Usage;
        }
    }
}
