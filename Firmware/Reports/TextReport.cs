using System.Collections.Generic;
using System.IO;
using System.Linq;
using FirmwareGuard.Firmware.Explaining;
using FirmwareGuard.Firmware.Hvmloader;
using FirmwareGuard.Firmware.Platform;
using FirmwareGuard.Firmware.Runtime;
using FirmwareGuard.Firmware.Scenarios;
using FirmwareGuard.Firmware.Simulation;

namespace FirmwareGuard.Firmware.Reports;

/// <summary>
/// The report for people: the scenario, then per hvmloader version the log as Xen's console shows it,
/// what the log shows in plain words, the BARs in assignment order, the guest's memory map with a
/// glossary line and the verdict; a one-line comparison last. The quiet form is the verdicts alone.
/// </summary>
public static class TextReport
{
    public static void WriteVerdicts(TextWriter output, IReadOnlyList<SimulationRun> runs)
    {
        foreach (var run in runs)
        {
            output.WriteLine($"{ReportNames.Of(run.Version)}: {VerdictLine(run)}");
        }
    }

    public static void Write(TextWriter output, Scenario scenario, IReadOnlyList<SimulationRun> runs)
    {
        output.WriteLine($"Scenario {scenario.Name}: {Describe(scenario)}");
        foreach (var device in scenario.Devices)
        {
            output.WriteLine($"  passed through: {Describe(device)}");
        }

        foreach (var run in runs)
        {
            output.WriteLine();
            output.WriteLine($"== hvmloader {ReportNames.Of(run.Version)} the series ({Commit(run.Version)}) ==");
            if (run.PciSetupRan)
            {
                Log(output, run);
                WhatTheLogShows(output, LogExplanation.Of(run));
                Bars(output, run);
                Map(output, run);
            }

            output.WriteLine($"Verdict: {VerdictLine(run)}");
        }

        if (runs.Count > 1)
        {
            output.WriteLine();
            output.WriteLine("Summary: " + string.Join("; ", runs.Select(run => $"{ReportNames.Of(run.Version)}: {ReportNames.Of(run.Outcome.Verdict)}")));
        }
    }

    private static string Describe(Scenario scenario)
    {
        var relocate = scenario.AllowMemoryRelocate is { } value ? $", allow-memory-relocate set to \"{value}\" by hand" : string.Empty;
        var platform = scenario.PlatformDevices ? string.Empty : ", no platform devices";
        return $"{Names.Of(scenario.Guest).ToUpperInvariant()} guest, {scenario.MemoryMiB} MiB RAM, {Names.Of(scenario.DeviceModel)} via {Names.Of(scenario.Toolstack)}"
            + $"{relocate}, {scenario.CpuPhysAddrBits}-bit physical addresses{platform}";
    }

    private static string Describe(PciDeviceSpec device)
    {
        var bars = device.Bars.Select(bar => $"BAR{bar.Index} {Names.Of(bar.Type)}{(bar.Prefetchable ? " prefetchable" : string.Empty)} {Sizes.Describe(bar.Size)}");
        if (device.RomSize is { } rom)
        {
            bars = bars.Append($"ROM {Sizes.Describe(rom)}");
        }

        return $"{device.Bdf} {device.Name} ({device.Vendor:x4}:{device.Device:x4}): {string.Join(", ", bars)}";
    }

    private static string Commit(HvmloaderVersion version) => version == HvmloaderVersion.Before ? "a12d15d8c1" : "c74c1f906a";

    private static void Log(TextWriter output, SimulationRun run)
    {
        output.WriteLine("HVM log:");
        foreach (var line in run.Log)
        {
            output.WriteLine("  " + DebugConsole.DomainPrefix + line);
        }
    }

    private static void WhatTheLogShows(TextWriter output, LogExplanation explanation)
    {
        if (explanation.IsEmpty)
        {
            return;
        }

        output.WriteLine("What the log shows:");
        foreach (var lines in explanation.Garbled.GroupBy(line => line.Reading.Shape))
        {
            var first = lines.First();
            var format = first.Reading.Trace.Format.Replace("\n", "\\n", System.StringComparison.Ordinal);
            var which = lines.Count() == 1 ? $"`{first.Text}` is garbled" : $"{lines.Count()} lines are garbled, such as `{first.Text}`";
            Point(output, $"{which}, printed with \"{format}\": {first.Reading.Explanation}");
        }

        var notes = explanation.Cuts.Select(cut => cut.Explanation)
            .Concat(explanation.Joins.Select(join => join.Explanation))
            .Append(explanation.SplitValuesExplanation)
            .Append(explanation.FlagsExplanation)
            .OfType<string>();
        foreach (var note in notes)
        {
            Point(output, note);
        }
    }

    private static void Point(TextWriter output, string text) => Wrapped.Write(output, "  - ", "    ", text);

    private static void Bars(TextWriter output, SimulationRun run)
    {
        output.WriteLine("BARs, in assignment order:");
        output.WriteLine($"  {"device",-8} {"reg",-5} {"type",-6} {"size",-12} {"placement",-10} base");
        foreach (var bar in run.Bars)
        {
            var start = bar.Base is { } address ? Hex.Of(address) : "-";
            output.WriteLine($"  {bar.Bdf,-8} {Hex.Of((ulong)bar.BarReg),-5} {Names.Of(bar.Type),-6} {Hex.Of(bar.Size),-12} {ReportNames.Of(bar.Placement),-10} {start}");
        }
    }

    private static void Map(TextWriter output, SimulationRun run)
    {
        output.WriteLine("Memory map:");
        foreach (var region in MemoryMap.Of(run))
        {
            output.WriteLine($"  {Hex.Of(region.Start),12} - {Hex.Of(region.End - 1),-12} {region.Name}");
        }

        var relocated = run.Moves.Count == 0
            ? "no RAM relocated"
            : $"{Hex.Of(run.RelocatedPages!.Value)} pages of RAM relocated above 4 GiB in {run.Moves.Count} chunk(s)";
        output.WriteLine($"  low_mem_pgend {Hex.Of(run.LowMemPgend!.Value)}, high_mem_pgend {Hex.Of(run.HighMemPgend!.Value)}; {relocated}");
        output.WriteLine("  Glossary: " + MemoryMap.Glossary);
    }

    private static string VerdictLine(SimulationRun run) =>
        $"{ReportNames.Of(run.Outcome.Verdict)} - "
        + (run.PciSetupRan ? Explain(run.Outcome) : "a PV guest boots without hvmloader: no PCI setup, nothing relocated.");

    private static string Explain(Outcome outcome) => outcome.Verdict switch
    {
        Verdict.QemuXenCrash => "hvmloader relocated guest RAM and the device model is qemu-xen: qemu-xen crashes a few minutes after boot.",
        Verdict.BootFails => $"a platform device got no space ({string.Join(", ", outcome.Unmapped)}): the VM will not boot.",
        Verdict.DevicesUnmapped => $"no space for {string.Join(", ", outcome.Unmapped)}: those devices are invisible to the guest.",
        Verdict.RelocatedHigh => $"{string.Join(", ", outcome.RelocatedHigh)} moved above 4 GiB: fine if the device and its driver cope.",
        _ => outcome.RamRelocated
            ? "every BAR is mapped; guest RAM was relocated, which qemu-traditional copes with."
            : "every BAR is mapped and no guest RAM moved.",
    };
}
