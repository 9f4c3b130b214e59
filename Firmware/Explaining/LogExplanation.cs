using System.Collections.Generic;
using System.Linq;
using FirmwareGuard.Firmware.Hvmloader;
using FirmwareGuard.Firmware.Reports;
using FirmwareGuard.Firmware.Simulation;

namespace FirmwareGuard.Firmware.Explaining;

/// <summary>
/// What a run's log shows that a newcomer cannot read off it, worked out from the run: the lines the
/// printer garbled and how; the lines Xen's console cut or joined; the 64-bit values printed as two
/// halves; and the BAR values whose last digit holds flag bits.
/// </summary>
public sealed record LogExplanation(
    IReadOnlyList<GarbledLine> Garbled,
    IReadOnlyList<CutLine> Cuts,
    IReadOnlyList<JoinedLine> Joins,
    IReadOnlyList<SplitValue> SplitValues,
    IReadOnlyList<FlaggedBar> FlaggedBars)
{
    public bool IsEmpty => Garbled.Count + Cuts.Count + Joins.Count + SplitValues.Count + FlaggedBars.Count == 0;

    /// <summary>One sentence for every split value shown: why a value below 4 GiB starts with a 0.</summary>
    public string? SplitValuesExplanation => SplitValues.Count == 0 ? null
        : $"`{SplitValue.Directives}` prints a 64-bit value as its upper half unpadded and its lower half in 8 digits"
            + (SplitValues.Any(value => value.Value >> 32 == 0) ? ", so a value below 4 GiB starts with a 0" : string.Empty)
            + $": {string.Join(", ", SplitValues)}.";

    /// <summary>The flag bits of the BAR values the log printed, grouped by value.</summary>
    public string? FlagsExplanation
    {
        get
        {
            if (FlaggedBars.Count == 0)
            {
                return null;
            }

            var example = FlaggedBars[0].Bar;
            var groups = FlaggedBars
                .GroupBy(flagged => flagged.Described)
                .Select(group => $"{group.Key}: {string.Join(", ", group.Select(flagged => $"{flagged.Bar.Bdf} {flagged.Bar.Name}"))}");
            return "A BAR value in the log ends in the BAR's flag bits, which the BAR table leaves out: "
                + $"{Hex.Of(example.RegisterValue!.Value)} is {Hex.Of(example.Base!.Value)} with flags {example.Flags:x}. {string.Join("; ", groups)}.";
        }
    }

    public static LogExplanation Of(SimulationRun run)
    {
        var readings = run.Printfs.Select(call => (call.Line, Reading: PrintfReading.Of(call.Trace))).ToList();
        var garbled = readings
            .Where(call => call.Reading.Garbled)
            .Select(call => new GarbledLine(call.Line, LineAt(run, call.Line), call.Reading))
            .ToList();
        var cuts = run.CutLines
            .Select(line => new CutLine(line, run.Log[line], line + 1 < run.Log.Count && run.Log[line + 1].Length == 0))
            .ToList();
        var joins = run.Printfs
            .Zip(run.Printfs.Skip(1))
            .Where(pair => pair.First.Trace.Output.Length > 0 && !pair.First.Trace.Output.EndsWith('\n'))
            .Select(pair => new JoinedLine(pair.First.Line, pair.First.Trace.Output))
            .ToList();
        return new LogExplanation(garbled, cuts, joins, SplitValuesOf(readings.Select(call => call.Reading)), FlaggedBarsOf(run, readings.Select(call => call.Reading)));
    }

    private static string LineAt(SimulationRun run, int line) => line < run.Log.Count ? run.Log[line] : string.Empty;

    /// <summary>The first value printed with the upper half 0 and the first with a non-zero upper half, in that order.</summary>
    private static List<SplitValue> SplitValuesOf(IEnumerable<PrintfReading> readings)
    {
        var values = new List<SplitValue>();
        foreach (var reading in readings)
        {
            foreach (var (upper, lower) in reading.Directives.Zip(reading.Directives.Skip(1)))
            {
                if (upper.Directive + lower.Directive == SplitValue.Directives
                    && lower.Start == upper.Start + upper.Directive.Length
                    && upper.AsMeant && lower.AsMeant)
                {
                    var value = new SplitValue(upper.Printed + lower.Printed, ((ulong)upper.Read[0].Value << 32) | lower.Read[0].Value);
                    if (!values.Any(shown => (shown.Value >> 32 == 0) == (value.Value >> 32 == 0)))
                    {
                        values.Add(value);
                    }
                }
            }
        }

        return values.OrderBy(value => value.Value >> 32 != 0).ToList();
    }

    /// <summary>The mapped BARs with flag bits whose register value some directive printed as meant.</summary>
    private static List<FlaggedBar> FlaggedBarsOf(SimulationRun run, IEnumerable<PrintfReading> readings)
    {
        var printed = readings
            .SelectMany(reading => reading.Directives)
            .Where(directive => directive.MeantFor is not null && directive.AsMeant)
            .Select(directive => directive.Read[0].Value)
            .ToHashSet();
        return run.Bars
            .Where(bar => bar.Placement != Placement.Unmapped && bar.Flags != 0 && printed.Contains((uint)bar.RegisterValue!.Value))
            .Select(bar => new FlaggedBar(bar))
            .ToList();
    }
}
