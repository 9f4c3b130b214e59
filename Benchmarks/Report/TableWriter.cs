using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FirmwareGuard.Benchmarks.Measurement;

namespace FirmwareGuard.Benchmarks.Report;

/// <summary>Prints the in-process results as the Markdown table of Benchmarks/README.md, then each target with its verdict, per corpus shape.</summary>
internal static class TableWriter
{
    public static bool Write(TextWriter output, IReadOnlyList<SizeResult> results)
    {
        var f = CultureInfo.InvariantCulture;
        output.WriteLine("| shape | shim calls | methods | invocations | files / lines | distinct formats | compile (a) | no-op IOperation (b−a) | FG (c) | FG / compile | FG µs / shim call | CA2241 (d) | CA2241 µs / format call | FG / CA2241 | FG / CA2241 without pauses | FG pauses in callbacks | CA2241 pauses in callbacks | FG bytes / shim call | CA2241 bytes / format call |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var m = r.Manifest;
            output.WriteLine(string.Create(f,
                $"| {m.Shape.ToString().ToLowerInvariant()} | {m.ShimCalls:N0} | {m.Methods:N0} | {m.Invocations:N0} | {m.Files:N0} / {m.Lines:N0} | {m.DistinctShimFormats:N0} | {r.CompileMs:N0} ms | {r.OperationBaselineMs:N0} ms | {r.FirmwareGuardMs:N1} ms | {r.FirmwareGuardShareOfCompile:P2} | {r.FirmwareGuardMicrosecondsPerShimCall:F2} | {r.Ca2241Ms:N1} ms | {r.Ca2241MicrosecondsPerFormatCall:F2} | {r.RatioToCa2241:F2} | {Charged(r, r.RatioToCa2241WithoutPauses, "F2")} | {Charged(r, r.FirmwareGuardPausesMs, "N1", " ms")} | {Charged(r, r.Ca2241PausesMs, "N1", " ms")} | {r.FirmwareGuardBytesPerShimCall:N0} | {r.Ca2241BytesPerFormatCall:N0} |"));
        }

        output.WriteLine();
        output.WriteLine(string.Create(f, $"Medians of {results.Min(r => r.Iterations)} iterations per size. Wall times of the whole runs: ")
            + string.Join("; ", results.Select(r => string.Create(f,
                $"{Label(r)}: (a) {r.CompileMs:N0} ms, (b) {r.NoOpMs:N0} ms, (c) {r.FirmwareGuardWallMs:N0} ms, (d) {r.Ca2241WallMs:N0} ms"))) + ".");
        output.WriteLine();
        if (results.All(r => r.ChargesPauses))
        {
            output.WriteLine("`ExecutionTime` without the collection pauses inside the callbacks (median): " + string.Join("; ", results.Select(r => string.Create(f,
                $"{Label(r)}: FG {r.FirmwareGuardWithoutPausesMs:N1} ms, CA2241 {r.Ca2241WithoutPausesMs:N1} ms"))) + ".");
            output.WriteLine();
        }

        output.WriteLine("Per-analyzer `ExecutionTime` (median): " + string.Join("; ", results.Select(r =>
            Label(r) + ": " + string.Join(", ", r.PerAnalyzerMs.Select(p => string.Create(f, $"{p.Key} {p.Value:N1} ms"))))) + ".");
        output.WriteLine();
        output.WriteLine("Buggy corpus, reported/planted: " + string.Join("; ", results.Select(r => $"{Label(r)}: {r.BuggyCheck}")) + ".");
        output.WriteLine();

        var met = true;
        foreach (var shape in results.GroupBy(r => r.Manifest.Shape))
        {
            foreach (var verdict in Verdicts(shape.OrderBy(r => r.Manifest.ShimCalls).ToList()))
            {
                output.WriteLine($"- {shape.Key.ToString().ToLowerInvariant()}: " + verdict.Text);
                met &= verdict.Met;
            }
        }

        return met;
    }

    private static IEnumerable<Verdict> Verdicts(List<SizeResult> results)
    {
        var f = CultureInfo.InvariantCulture;
        var smallest = results[0];
        var largest = results[^1];
        var ratioSizes = results.Where(r => r.Manifest.ShimCalls >= Targets.RatioFromShimCalls).ToList();
        var ratios = string.Join(", ", ratioSizes.Select(r => string.Create(f, $"{r.RatioToCa2241:F2} at {r.Manifest.ShimCalls:N0}")));
        if (ratioSizes.Count == 0)
        {
            yield return new Verdict(true, string.Create(f, $"not measured: FG / CA2241 ≤ {Targets.RatioToCa2241} needs a size of {Targets.RatioFromShimCalls:N0} shim calls or more"));
        }
        else
        {
            yield return Verdict.Of(ratioSizes.All(r => r.RatioToCa2241 <= Targets.RatioToCa2241), string.Create(f, $"FG / CA2241 ≤ {Targets.RatioToCa2241}: {ratios}"));
            yield return Verdict.Stretch(ratioSizes.All(r => r.RatioToCa2241 <= Targets.RatioToCa2241Stretch), string.Create(f, $"FG / CA2241 ≤ {Targets.RatioToCa2241Stretch:F1}: {ratios}"));
        }

        yield return Verdict.Of(largest.FirmwareGuardShareOfCompile <= Targets.CompileShare,
            string.Create(f, $"FG ≤ 3 % of compile time at {largest.Manifest.ShimCalls:N0} shim calls: {largest.FirmwareGuardShareOfCompile:P2}"));
        if (results.Count > 1)
        {
            var growth = largest.FirmwareGuardMicrosecondsPerShimCall / smallest.FirmwareGuardMicrosecondsPerShimCall;
            yield return Verdict.Of(growth <= Targets.Growth,
                string.Create(f, $"FG µs per shim call at {largest.Manifest.ShimCalls:N0} within 1.5× of at {smallest.Manifest.ShimCalls:N0}: {growth:F2}×"));
        }
    }

    /// <summary>A figure only a run with <c>--charge-pauses</c> measures; "–" otherwise.</summary>
    private static string Charged(SizeResult r, double value, string format, string unit = "") =>
        r.ChargesPauses ? value.ToString(format, CultureInfo.InvariantCulture) + unit : "–";

    private static string Label(SizeResult r) =>
        string.Create(CultureInfo.InvariantCulture, $"{r.Manifest.Shape.ToString().ToLowerInvariant()} {r.Manifest.ShimCalls:N0}");
}
