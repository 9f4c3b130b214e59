using System.IO;
using System.Linq;
using FirmwareGuard.Firmware.Scenarios;

namespace FirmwareGuard.Firmware.Cli;

/// <summary>
/// <c>scenarios [NAME]</c>: lists the built-in scenarios <c>simulate NAME</c> runs, or prints one as the
/// scenario file <c>simulate FILE</c> reads, to start one's own from.
/// </summary>
internal static class ScenariosCommand
{
    public const string Usage = "scenarios [NAME]";

    public const string Help = $$"""
        Usage: {{Usage}}

        Without NAME, lists the built-in scenarios, one per case of the series' cover letter. With NAME,
        prints that scenario as a scenario file: 'simulate FILE' on it gives what 'simulate NAME' gives,
        so it is a starting point for your own VM.

        Examples:
          scenarios
          scenarios qemu-xen-total-too-big > my-vm.json
          simulate my-vm.json
        """;

    public static int Run(string[] args, TextWriter output)
    {
        switch (args)
        {
            case var help when HelpText.Asked(help):
                return HelpText.Print(output, Help);
            case []:
                List(output);
                return ExitCode.Success;
            case [var name]:
                var scenario = BuiltInScenarios.Find(name) ?? throw new UsageError($"no built-in scenario named '{name}' (built-in: {BuiltInScenarios.Names})");
                ScenarioWriter.Write(output, scenario.Scenario);
                return ExitCode.Success;
            default:
                throw new UsageError($"scenarios takes at most one NAME, not '{string.Join(" ", args)}' (usage: {Usage})");
        }
    }

    private static void List(TextWriter output)
    {
        var width = BuiltInScenarios.All.Max(scenario => scenario.Name.Length);
        output.WriteLine("Built-in scenarios (simulate NAME; scenarios NAME prints one as a file):");
        foreach (var scenario in BuiltInScenarios.All)
        {
            var isDefault = scenario.Name == BuiltInScenarios.DefaultName ? " (default)" : string.Empty;
            output.WriteLine($"  {scenario.Name.PadRight(width)}  {scenario.Description}{isDefault}");
        }
    }
}
