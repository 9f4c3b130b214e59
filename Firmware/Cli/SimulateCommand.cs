using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FirmwareGuard.Firmware.Hvmloader;
using FirmwareGuard.Firmware.Reports;
using FirmwareGuard.Firmware.Scenarios;
using FirmwareGuard.Firmware.Simulation;

namespace FirmwareGuard.Firmware.Cli;

/// <summary>
/// <c>simulate [SCENARIO.json|NAME] [--hvmloader before|after|both] [--json]</c>: boots the scenario
/// (default: the built-in qemu-xen-total-too-big) through hvmloader's pci_setup and reports. Nothing is
/// written until the whole report is ready.
/// </summary>
internal static class SimulateCommand
{
    public const string Usage = "simulate [SCENARIO.json|NAME] [--hvmloader before|after|both] [--json]";

    public static int Run(string[] args, TextWriter output)
    {
        string? source = null;
        HvmloaderVersion[] versions = [HvmloaderVersion.Before, HvmloaderVersion.After];
        var json = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--hvmloader":
                    versions = i + 1 < args.Length ? Versions(args[++i]) : throw new UsageError("--hvmloader needs before, after or both");
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
        if (json)
        {
            JsonReport.Write(report, scenario, runs);
        }
        else
        {
            TextReport.Write(report, scenario, runs);
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

    private static Scenario Load(string? source)
    {
        if (source is null)
        {
            return BuiltInScenarios.Default.Scenario;
        }

        if (!source.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !File.Exists(source))
        {
            return BuiltInScenarios.Find(source)?.Scenario
                ?? throw new UsageError($"no built-in scenario named '{source}' and no such file (built-in: {string.Join(", ", BuiltInScenarios.All.Select(s => s.Name))})");
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
