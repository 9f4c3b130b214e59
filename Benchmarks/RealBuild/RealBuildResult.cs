using System;
using System.Collections.Generic;
using System.Linq;
using FirmwareGuard.Benchmarks.Corpus;

namespace FirmwareGuard.Benchmarks.RealBuild;

/// <summary>The measured builds of one corpus, with the sums and medians the table shows.</summary>
internal sealed class RealBuildResult
{
    public RealBuildResult(CorpusManifest manifest, IReadOnlyList<BuildReport> builds)
    {
        Manifest = manifest;
        Builds = builds;
    }

    public CorpusManifest Manifest { get; }

    public IReadOnlyList<BuildReport> Builds { get; }

    public static double FirmwareGuardAnalyzersMs(BuildReport build) => AssemblyTotal(build.Analyzers, firmwareGuard: true);

    public static double OtherAnalyzersMs(BuildReport build) => AssemblyTotal(build.Analyzers, firmwareGuard: false);

    public static double FirmwareGuardGeneratorsMs(BuildReport build) => AssemblyTotal(build.Generators, firmwareGuard: true);

    public static double OtherGeneratorsMs(BuildReport build) => AssemblyTotal(build.Generators, firmwareGuard: false);

    public double Median(Func<BuildReport, double> value) => Measurement.Median.Of(Builds.Select(value));

    /// <summary>
    /// Every FirmwareGuard analyzer and generator type, then the <paramref name="others"/> most
    /// expensive types of the other assemblies, each with its median over the builds (a type missing
    /// from a build's report counts as 0 there).
    /// </summary>
    public IReadOnlyList<(string Kind, TimedEntry Entry, double MedianMs, IReadOnlyList<double> PerBuildMs)> Types(int others)
    {
        var rows = new List<(string, TimedEntry, double, IReadOnlyList<double>)>();
        foreach (var (kind, entries) in new[] { ("analyzer", (Func<BuildReport, IReadOnlyList<TimedEntry>>)(b => b.Analyzers)), ("generator", b => b.Generators) })
        {
            var types = Builds.SelectMany(entries).Where(e => e.Type is not null)
                .GroupBy(e => (e.Assembly, e.Type))
                .Select(g => (Entry: g.First(), PerBuild: (IReadOnlyList<double>)Builds.Select(b => entries(b).Where(e => e.Assembly == g.Key.Assembly && e.Type == g.Key.Type).Sum(e => e.Milliseconds)).ToList()))
                .Select(t => (t.Entry, Median: Measurement.Median.Of(t.PerBuild), t.PerBuild))
                .ToList();
            rows.AddRange(types.Where(t => IsFirmwareGuard(t.Entry)).OrderByDescending(t => t.Median).Select(t => (kind, t.Entry, t.Median, t.PerBuild)));
            if (kind == "analyzer")
            {
                rows.AddRange(types.Where(t => !IsFirmwareGuard(t.Entry)).OrderByDescending(t => t.Median).Take(others).Select(t => (kind, t.Entry, t.Median, t.PerBuild)));
            }
        }

        return rows;
    }

    public static bool IsFirmwareGuard(TimedEntry entry) => entry.Assembly == BuildReport.FirmwareGuardAssembly;

    private static double AssemblyTotal(IReadOnlyList<TimedEntry> entries, bool firmwareGuard) =>
        entries.Where(e => e.Type is null && IsFirmwareGuard(e) == firmwareGuard).Sum(e => e.Milliseconds);
}
