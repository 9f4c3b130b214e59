using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FirmwareGuard.Benchmarks.Corpus;

namespace FirmwareGuard.Benchmarks.Measurement;

/// <summary>
/// All four measurements at one size of one corpus shape, in one process: the buggy corpus once to check the counts,
/// then warm-up and measured iterations on the clean corpus. Every run is checked against its manifest.
/// </summary>
internal sealed class SizeBenchmark
{
    private static readonly Mode[] Modes = [Mode.CompileOnly, Mode.NoOpAnalyzer, Mode.FirmwareGuard, Mode.Ca2241];

    private const int WarmUpShimCalls = 2_000;

    private readonly CorpusCompiler compiler;
    private readonly TextWriter progress;
    private readonly List<string> problems = new();

    public SizeBenchmark(CorpusCompiler compiler, TextWriter progress)
    {
        this.compiler = compiler;
        this.progress = progress;
    }

    public IReadOnlyList<string> Problems => problems;

    /// <summary>
    /// Runs every mode on a small corpus until the JIT has moved the hot paths of the compiler and
    /// of both analyzers to their optimized tier, so that the first size is not measured cold.
    /// </summary>
    public void WarmUp(IReadOnlyList<CorpusShape> shapes, int seed, int rounds)
    {
        var corpora = shapes.Select(shape => CorpusGenerator.Generate(WarmUpShimCalls, CorpusVariant.Clean, seed, shape)).ToList();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var corpus in corpora)
            {
                foreach (var mode in Modes)
                {
                    Check(compiler.Measure(corpus, mode), corpus.Manifest, "warm-up");
                }
            }
        }

        progress.WriteLine($"  warmed up: {rounds} rounds of {WarmUpShimCalls} shim calls ({string.Join(", ", shapes)})");
    }

    public SizeResult Measure(CorpusShape shape, int shimCalls, int seed, int warmups, int iterations)
    {
        var buggyCheck = CheckBuggyCorpus(shape, shimCalls, seed);
        var clean = CorpusGenerator.Generate(shimCalls, CorpusVariant.Clean, seed, shape);
        var runs = new List<Run>();
        for (var iteration = 0; iteration < warmups + iterations; iteration++)
        {
            // Rotate the order so that no mode always runs first (or right after a particular other one).
            for (var step = 0; step < Modes.Length; step++)
            {
                var mode = Modes[(iteration + step) % Modes.Length];
                var run = compiler.Measure(clean, mode);
                Check(run, clean.Manifest, $"{shape} {shimCalls} clean");
                if (iteration >= warmups)
                {
                    runs.Add(run);
                }

                progress.WriteLine($"  {shape} {shimCalls,7} shim calls, {(iteration < warmups ? "warm-up" : $"iteration {iteration - warmups + 1}")}, {mode}: {run.WallTime.TotalMilliseconds:F0} ms, GC pauses {run.GcPauses.TotalMilliseconds:F0} ms, analyzers {run.TotalAnalyzerTime.TotalMilliseconds:F1} ms{(run.PausesInCallbacks is { } charged ? $", pauses inside callbacks {charged.TotalMilliseconds:F1} ms" : string.Empty)}{string.Concat(run.AnalyzerTimes.Where(pair => pair.Value > TimeSpan.Zero).Select(pair => $", {pair.Key} {pair.Value.TotalMilliseconds:F1} ms"))}");
            }
        }

        return new SizeResult(clean.Manifest, runs, buggyCheck);
    }

    /// <summary>Compiles the buggy corpus once in each checked mode; every planted finding must be reported, once.</summary>
    private string CheckBuggyCorpus(CorpusShape shape, int shimCalls, int seed)
    {
        var buggy = CorpusGenerator.Generate(shimCalls, CorpusVariant.Buggy, seed, shape);
        var summary = new List<string>();
        foreach (var mode in new[] { Mode.CompileOnly, Mode.FirmwareGuard, Mode.Ca2241 })
        {
            var run = compiler.Measure(buggy, mode);
            Check(run, buggy.Manifest, $"{shape} {shimCalls} buggy");
            summary.Add(FindingsCheck.Summary(run, buggy.Manifest.Restricted(compiler.AnalyzersOf(mode))));
        }

        return string.Join("; ", summary.Where(s => s.Length > 0));
    }

    private void Check(Run run, CorpusManifest manifest, string what)
    {
        foreach (var problem in FindingsCheck.Problems(run, manifest, compiler.AnalyzersOf(run.Mode)))
        {
            if (!problems.Contains(what + ": " + problem))
            {
                problems.Add(what + ": " + problem);
                progress.WriteLine("  WRONG COUNT: " + what + ": " + problem);
            }
        }
    }
}
