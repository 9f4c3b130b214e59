using System.Globalization;
using System.IO;
using System.Linq;
using FirmwareGuard.Benchmarks.RealBuild;

namespace FirmwareGuard.Benchmarks.Report;

/// <summary>Prints a real build's figures as the Markdown tables of Benchmarks/README.md, then the generator target's verdict.</summary>
internal static class RealBuildTableWriter
{
    private const int OtherAnalyzers = 5;

    public static void Write(TextWriter output, RealBuildResult result)
    {
        var f = CultureInfo.InvariantCulture;
        var m = result.Manifest;
        output.WriteLine(string.Create(f, $"{m.Shape.ToString().ToLowerInvariant()} corpus, clean: {m.ShimCalls:N0} shim calls in {m.Methods:N0} methods, {m.Files:N0} files / {m.Lines:N0} lines; `dotnet build --no-incremental -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary` (compiler {result.Builds[0].Compiler}), {result.Builds.Count} measured builds after one unmeasured."));
        output.WriteLine();
        output.WriteLine("| build | Csc | analyzers, FirmwareGuard | analyzers, others (SDK) | generators, FirmwareGuard | generators, others (SDK) | FirmwareGuard warnings |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        for (var i = 0; i < result.Builds.Count; i++)
        {
            var b = result.Builds[i];
            output.WriteLine(string.Create(f,
                $"| {i + 1} | {b.CscMs:N0} ms | {RealBuildResult.FirmwareGuardAnalyzersMs(b):N0} ms | {RealBuildResult.OtherAnalyzersMs(b):N0} ms | {RealBuildResult.FirmwareGuardGeneratorsMs(b):N0} ms | {RealBuildResult.OtherGeneratorsMs(b):N0} ms | {b.FirmwareGuardWarnings.Count} |"));
        }

        output.WriteLine(string.Create(f,
            $"| **median** | **{result.Median(b => b.CscMs):N0} ms** | **{result.Median(RealBuildResult.FirmwareGuardAnalyzersMs):N0} ms** | **{result.Median(RealBuildResult.OtherAnalyzersMs):N0} ms** | **{result.Median(RealBuildResult.FirmwareGuardGeneratorsMs):N0} ms** | **{result.Median(RealBuildResult.OtherGeneratorsMs):N0} ms** | |"));
        output.WriteLine();
        output.WriteLine($"| analyzer or generator | assembly | median | per build |");
        output.WriteLine("|---|---|---:|---|");
        foreach (var (kind, entry, median, perBuild) in result.Types(OtherAnalyzers))
        {
            output.WriteLine(string.Create(f,
                $"| {kind}: {entry.ShortName} | {entry.Assembly} | {Milliseconds(median)} | {string.Join(", ", perBuild.Select(Milliseconds))} |"));
        }

        output.WriteLine();
        output.WriteLine("The report's resolution is 1 ms; \"< 1 ms\" is what it prints as <0.001 s.");
        output.WriteLine();
        var generatorMs = result.Median(RealBuildResult.FirmwareGuardGeneratorsMs);
        var verdict = Verdict.Of(generatorMs <= Targets.GeneratorMs, string.Create(f, $"FirmwareGuard's generator ≤ {Targets.GeneratorMs:F0} ms in a real build: {Milliseconds(generatorMs)} (median)"));
        output.WriteLine("- " + verdict.Text);
    }

    private static string Milliseconds(double ms) => ms < 1 ? "< 1 ms" : ms.ToString("N0", CultureInfo.InvariantCulture) + " ms";
}
