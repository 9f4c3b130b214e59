using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using FirmwareGuard.Benchmarks.Corpus;

namespace FirmwareGuard.Benchmarks.RealBuild;

/// <summary>
/// Builds a generated corpus the way a user does — <c>dotnet build</c> of a project that references
/// the packed package — with the compiler's analyzer report on, once unmeasured (it starts the
/// compiler server and loads the analyzers), then <c>builds</c> times.
/// </summary>
internal static class RealBuildBenchmark
{
    private static readonly string[] BuildArguments =
    [
        "build", "--no-incremental", "--no-restore", "-p:ReportAnalyzer=true", "-v:d", "-clp:PerformanceSummary", "-tl:off",
    ];

    public static RealBuildResult Measure(GeneratedCorpus corpus, int builds, TextWriter progress)
    {
        progress.WriteLine($"  packing FirmwareGuard and writing the {corpus.Manifest.Shape} corpus ({corpus.Manifest.ShimCalls:N0} shim calls, {corpus.Manifest.Lines:N0} lines) into a project");
        using var project = ConsumerProject.Create(corpus);
        var reports = new List<BuildReport>();
        for (var build = 0; build <= builds; build++)
        {
            var stopwatch = Stopwatch.StartNew();
            var (exitCode, output) = Dotnet.Run(project.Directory, BuildArguments);
            stopwatch.Stop();
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"The corpus build failed:\n{output}");
            }

            var report = BuildReport.Parse(output);
            if (report.Analyzers.Count == 0 || double.IsNaN(report.CscMs))
            {
                throw new InvalidOperationException($"The build printed no analyzer report or no Csc time:\n{output}");
            }

            if (build > 0)
            {
                reports.Add(report);
            }

            progress.WriteLine($"  {(build == 0 ? "warm-up build" : $"build {build}")}: {stopwatch.Elapsed.TotalSeconds:F1} s, Csc {report.CscMs:N0} ms, {report.FirmwareGuardWarnings.Count} FirmwareGuard warnings");
        }

        return new RealBuildResult(corpus.Manifest, reports);
    }
}
