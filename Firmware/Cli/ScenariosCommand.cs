using System.IO;
using System.Linq;
using FirmwareGuard.Firmware.Scenarios;

namespace FirmwareGuard.Firmware.Cli;

/// <summary><c>scenarios</c>: lists the built-in scenarios <c>simulate NAME</c> runs.</summary>
internal static class ScenariosCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        if (args.Length > 0)
        {
            throw new UsageError($"scenarios takes no arguments, not '{args[0]}'");
        }

        var width = BuiltInScenarios.All.Max(scenario => scenario.Name.Length);
        output.WriteLine("Built-in scenarios (simulate NAME):");
        foreach (var scenario in BuiltInScenarios.All)
        {
            var isDefault = scenario.Name == BuiltInScenarios.DefaultName ? " (default)" : string.Empty;
            output.WriteLine($"  {scenario.Name.PadRight(width)}  {scenario.Description}{isDefault}");
        }

        return ExitCode.Success;
    }
}
