using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FirmwareGuard.Benchmarks.Measurement;

namespace FirmwareGuard.Benchmarks.Report;

/// <summary>Prints the results as the Markdown table of Benchmarks/README.md, then each target with its verdict.</summary>
internal static class TableWriter
{
    private const double CompileShareTarget = 0.03;
    private const double RatioTarget = 1.0;
    private const double GrowthTarget = 1.5;

    public static bool Write(TextWriter output, IReadOnlyList<SizeResult> results)
    {
        var f = CultureInfo.InvariantCulture;
        output.WriteLine("| shim calls | invocations | files / lines | distinct formats | compile (a) | no-op IOperation (b−a) | FG (c) | FG / compile | FG µs / shim call | CA2241 (d) | CA2241 µs / format call | FG / CA2241 | FG bytes / shim call | CA2241 bytes / format call |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            var m = r.Manifest;
            output.WriteLine(string.Create(f,
                $"| {m.ShimCalls:N0} | {m.Invocations:N0} | {m.Files:N0} / {m.Lines:N0} | {m.DistinctShimFormats:N0} | {r.CompileMs:N0} ms | {r.OperationBaselineMs:N0} ms | {r.FirmwareGuardMs:N1} ms | {r.FirmwareGuardShareOfCompile:P2} | {r.FirmwareGuardMicrosecondsPerShimCall:F2} | {r.Ca2241Ms:N1} ms | {r.Ca2241MicrosecondsPerFormatCall:F2} | {r.RatioToCa2241:F2} | {r.FirmwareGuardBytesPerShimCall:N0} | {r.Ca2241BytesPerFormatCall:N0} |"));
        }

        output.WriteLine();
        output.WriteLine(string.Create(f, $"Medians of {results.Min(r => r.Iterations)} iterations per size. Wall times of the whole runs: ")
            + string.Join("; ", results.Select(r => string.Create(f,
                $"{r.Manifest.ShimCalls:N0}: (a) {r.CompileMs:N0} ms, (b) {r.NoOpMs:N0} ms, (c) {r.FirmwareGuardWallMs:N0} ms, (d) {r.Ca2241WallMs:N0} ms"))) + ".");
        output.WriteLine();
        output.WriteLine("Per-analyzer `ExecutionTime` (median): " + string.Join("; ", results.Select(r =>
            string.Create(f, $"{r.Manifest.ShimCalls:N0}: ") + string.Join(", ", r.PerAnalyzerMs.Select(p => string.Create(f, $"{p.Key} {p.Value:N1} ms"))))) + ".");
        output.WriteLine();
        output.WriteLine("Buggy corpus, reported/planted: " + string.Join("; ", results.Select(r => string.Create(f, $"{r.Manifest.ShimCalls:N0}: {r.BuggyCheck}"))) + ".");
        output.WriteLine();

        var smallest = results.OrderBy(r => r.Manifest.ShimCalls).First();
        var largest = results.OrderBy(r => r.Manifest.ShimCalls).Last();
        var growth = largest.FirmwareGuardMicrosecondsPerShimCall / smallest.FirmwareGuardMicrosecondsPerShimCall;
        var verdicts = new[]
        {
            Verdict(largest.FirmwareGuardShareOfCompile <= CompileShareTarget,
                string.Create(f, $"FG ≤ 3 % of compile time at {largest.Manifest.ShimCalls:N0} shim calls: {largest.FirmwareGuardShareOfCompile:P2}")),
            Verdict(results.All(r => r.RatioToCa2241 <= RatioTarget),
                "FG µs per shim call ≤ CA2241 µs per format call at every size: " + string.Join(", ", results.Select(r => r.RatioToCa2241.ToString("F2", f)))),
            Verdict(growth <= GrowthTarget,
                string.Create(f, $"FG µs per shim call at {largest.Manifest.ShimCalls:N0} within 1.5× of at {smallest.Manifest.ShimCalls:N0}: {growth:F2}×")),
        };
        foreach (var verdict in verdicts)
        {
            output.WriteLine("- " + verdict.Text);
        }

        return verdicts.All(v => v.Met);
    }

    private static (bool Met, string Text) Verdict(bool met, string text) => (met, (met ? "met: " : "MISSED: ") + text);
}
