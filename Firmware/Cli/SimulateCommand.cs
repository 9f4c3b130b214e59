using System;
using System.IO;
using System.Linq;
using FirmwareGuard.Firmware.Hvmloader;
using FirmwareGuard.Firmware.Reports;
using FirmwareGuard.Firmware.Scenarios;
using FirmwareGuard.Firmware.Simulation;

namespace FirmwareGuard.Firmware.Cli;

/// <summary>
/// <c>simulate [SCENARIO.json|NAME] [--hvmloader before|after|both] [--json|--quiet] [--svg FILE]</c>:
/// boots the scenario (default: the built-in qemu-xen-total-too-big) through hvmloader's pci_setup and
/// reports; <c>--svg</c> also draws the memory maps. Nothing is written until the whole report is ready.
/// </summary>
internal static class SimulateCommand
{
    public const string Usage = "simulate [SCENARIO.json|NAME] [--hvmloader before|after|both] [--json|--quiet] [--svg FILE]";

    public const string Help = $$"""
        Usage: {{Usage}}

        Boots a VM through hvmloader's PCI setup before and after Xen's 2013 series and prints, per
        version: the HVM log as Xen's console shows it, what the log shows in plain words, the BARs in
        assignment order, the guest's memory map, and a verdict (unaffected, relocated-high,
        devices-unmapped, boot-fails, qemu-xen-crash).

          SCENARIO.json | NAME  a scenario file, or a built-in scenario ('scenarios' lists them);
                                default {{BuiltInScenarios.DefaultName}}
          --hvmloader VERSION   before, after or both (default both)
          --json                the same report as JSON, for machines
          --quiet               the verdicts only
          --svg FILE            also write the memory maps side by side as an SVG picture
          -h, --help            this help

        Examples:
          simulate
          simulate qemu-xen-32bit-too-big --quiet
          simulate my-vm.json --hvmloader after --json
          simulate --svg memory-map.svg
        """;

    private enum Form
    {
        Text,
        Json,
        Quiet,
    }

    public static int Run(string[] args, TextWriter output)
    {
        string? source = null;
        string? svg = null;
        HvmloaderVersion[] versions = [HvmloaderVersion.Before, HvmloaderVersion.After];
        var form = Form.Text;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h":
                    return HelpText.Print(output, Help);
                case "--json" or "--quiet" when form != Form.Text:
                    throw new UsageError("give at most one of --json and --quiet");
                case "--json":
                    form = Form.Json;
                    break;
                case "--quiet":
                    form = Form.Quiet;
                    break;
                case "--hvmloader":
                    versions = i + 1 < args.Length ? Versions(args[++i]) : throw new UsageError("--hvmloader needs before, after or both");
                    break;
                case "--svg":
                    svg = i + 1 < args.Length ? args[++i] : throw new UsageError("--svg needs the file to write the picture to");
                    break;
                case var option when option.StartsWith('-'):
                    throw new UsageError($"unknown option '{option}' (usage: {Usage})");
                case var scenarioArgument when source is null:
                    source = scenarioArgument;
                    break;
                default:
                    throw new UsageError($"more than one scenario given ('{source}' and '{args[i]}')");
            }
        }

        var scenario = Load(source);
        var runs = versions.Select(version => Simulator.Run(scenario, version)).ToList();
        using var report = new StringWriter();
        switch (form)
        {
            case Form.Json:
                JsonReport.Write(report, scenario, runs);
                break;
            case Form.Quiet:
                TextReport.WriteVerdicts(report, runs);
                break;
            default:
                TextReport.Write(report, scenario, runs);
                break;
        }

        if (svg is not null)
        {
            WritePicture(svg, MemoryMapSvg.Draw(scenario, runs));
        }

        output.Write(report.ToString());
        return ExitCode.Success;
    }

    private static HvmloaderVersion[] Versions(string text) => text switch
    {
        "before" => [HvmloaderVersion.Before],
        "after" => [HvmloaderVersion.After],
        "both" => [HvmloaderVersion.Before, HvmloaderVersion.After],
        _ => throw new UsageError($"--hvmloader takes before, after or both, not '{text}'"),
    };

    private static void WritePicture(string path, string svg)
    {
        try
        {
            File.WriteAllText(path, svg);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new UsageError($"cannot write the picture to '{path}': {error.Message}");
        }
    }

    private static Scenario Load(string? source)
    {
        if (source is null)
        {
            return BuiltInScenarios.Default.Scenario;
        }

        if (Directory.Exists(source))
        {
            throw new UsageError($"'{source}' is a directory, not a scenario file (give a .json file or a built-in name: {BuiltInScenarios.Names})");
        }

        if (!source.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !File.Exists(source))
        {
            return BuiltInScenarios.Find(source)?.Scenario
                ?? throw new UsageError($"no built-in scenario named '{source}' and no such file (built-in: {BuiltInScenarios.Names})");
        }

        string text;
        try
        {
            text = File.ReadAllText(source);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new UsageError($"cannot read scenario file '{source}': {error.Message}");
        }

        try
        {
            return ScenarioReader.Read(text, Path.GetFileNameWithoutExtension(source));
        }
        catch (ScenarioError error)
        {
            throw new UsageError($"{source}: {error.Message}");
        }
    }
}
