using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using FirmwareGuard.Firmware.Scenarios;
using FirmwareGuard.Firmware.Simulation;

namespace FirmwareGuard.Firmware.Reports;

/// <summary>
/// The machine-readable report: the scenario's name and one object per run. Addresses, sizes, page
/// numbers, devfn and reg are minimal lowercase hex strings; relocatedPages is an integer; a PV guest's
/// numbers are null. Each run ends with "explanation", what the text report's "What the log shows"
/// says, as data: log lines are indices into "log", arguments indices into the call's arguments.
/// </summary>
public static class JsonReport
{
    public static void Write(TextWriter output, Scenario scenario, IReadOnlyList<SimulationRun> runs) => JsonText.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("scenario", scenario.Name);
            json.WriteStartArray("runs");
            foreach (var run in runs)
            {
                Run(json, run);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void Run(Utf8JsonWriter json, SimulationRun run)
    {
        var setup = run.Setup;
        json.WriteStartObject();
        json.WriteString("hvmloader", ReportNames.Of(run.Version));
        json.WriteBoolean("pciSetupRan", run.PciSetupRan);
        json.WriteBoolean("allowMemoryRelocate", setup?.AllowMemoryRelocate ?? false);
        HexOrNull(json, "pciMemStart", setup?.PciMemStart);
        HexOrNull(json, "pciMemEnd", setup?.PciMemEnd);
        json.WriteBoolean("bar64Relocate", setup?.Bar64Relocate ?? false);
        HexOrNull(json, "lowMemPgend", run.LowMemPgend);
        HexOrNull(json, "highMemPgend", run.HighMemPgend);
        if (run.RelocatedPages is { } pages)
        {
            json.WriteNumber("relocatedPages", pages);
        }
        else
        {
            json.WriteNull("relocatedPages");
        }

        HexOrNull(json, "highMemResourceBase", setup?.HighMemResourceBase);

        json.WriteStartArray("bars");
        foreach (var bar in run.Bars)
        {
            json.WriteStartObject();
            json.WriteString("bdf", bar.Bdf.ToString());
            json.WriteString("devfn", Hex.Of((ulong)bar.Devfn));
            json.WriteString("reg", Hex.Of((ulong)bar.BarReg));
            json.WriteString("type", Names.Of(bar.Type));
            json.WriteBoolean("is64", bar.Is64);
            json.WriteString("size", Hex.Of(bar.Size));
            json.WriteString("placement", ReportNames.Of(bar.Placement));
            HexOrNull(json, "base", bar.Base);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("log");
        foreach (var line in run.Log)
        {
            json.WriteStringValue(line);
        }

        json.WriteEndArray();

        var outcome = run.Outcome;
        json.WriteStartObject("outcome");
        json.WriteBoolean("ramRelocated", outcome.RamRelocated);
        json.WriteBoolean("qemuXenCrash", outcome.QemuXenCrash);
        Strings(json, "unmapped", outcome.Unmapped);
        Strings(json, "relocatedHigh", outcome.RelocatedHigh);
        json.WriteBoolean("bootFails", outcome.BootFails);
        json.WriteString("verdict", ReportNames.Of(outcome.Verdict));
        json.WriteEndObject();

        JsonExplanation.Write(json, run);
        json.WriteEndObject();
    }

    private static void HexOrNull(Utf8JsonWriter json, string name, ulong? value)
    {
        if (value is { } number)
        {
            json.WriteString(name, Hex.Of(number));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
