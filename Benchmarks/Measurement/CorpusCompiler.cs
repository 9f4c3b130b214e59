using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using FirmwareGuard.Benchmarks.Corpus;
using FirmwareGuard.Benchmarks.Measurement.PauseCharging;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Benchmarks.Measurement;

/// <summary>
/// Compiles a corpus in one of the four <see cref="Mode"/>s, single-threaded (the machine is shared,
/// and one thread makes callback times and wall times comparable), and measures it. When asked, every
/// analyzer runs wrapped to charge the collection pauses inside its callbacks (<see cref="IPauseCharging"/>).
/// </summary>
internal sealed class CorpusCompiler
{
    private readonly ImmutableArray<MetadataReference> references;
    private readonly Dictionary<Mode, ImmutableArray<DiagnosticAnalyzer>> analyzers;
    private readonly ConcurrentQueue<string> analyzerExceptions = new();

    /// <param name="chargePauses">Wrap every analyzer to measure the collection pauses inside its callbacks; the wrapper's own cost then lands in every <c>ExecutionTime</c>.</param>
    public CorpusCompiler(bool chargePauses = false)
    {
        ChargesPauses = chargePauses;
        Func<ImmutableArray<DiagnosticAnalyzer>, ImmutableArray<DiagnosticAnalyzer>> measured = chargePauses ? AnalyzerSets.ChargingPauses : set => set;
        references = Directory.GetFiles(BuildPaths.ReferenceAssemblies, "*.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
        analyzers = new Dictionary<Mode, ImmutableArray<DiagnosticAnalyzer>>
        {
            [Mode.NoOpAnalyzer] = measured(AnalyzerSets.NoOp()),
            [Mode.FirmwareGuard] = measured(AnalyzerSets.FirmwareGuard()),
            [Mode.Ca2241] = measured(AnalyzerSets.Ca2241Only()),
        };
    }

    public bool ChargesPauses { get; }

    public ImmutableArray<DiagnosticAnalyzer> AnalyzersOf(Mode mode) => analyzers.TryGetValue(mode, out var set) ? set : ImmutableArray<DiagnosticAnalyzer>.Empty;

    /// <summary>The analyzer's type name; for a wrapper of <see cref="AnalyzersOf"/>, the name of the analyzer it runs.</summary>
    public static string NameOf(DiagnosticAnalyzer analyzer) => (analyzer is IPauseCharging charging ? charging.Inner : analyzer).GetType().Name;

    public Run Measure(GeneratedCorpus corpus, Mode mode)
    {
        var compilation = Create(corpus, mode);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var pausedBefore = GC.GetTotalPauseDuration();
        var chargedBefore = ChargesPauses ? PausesChargedTo(mode) : TimeSpan.Zero;
        var stopwatch = Stopwatch.StartNew();
        ImmutableArray<Diagnostic> diagnostics;
        var times = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        if (mode == Mode.CompileOnly)
        {
            diagnostics = compilation.GetDiagnostics();
            stopwatch.Stop();
        }
        else
        {
            // GetAnalysisResultAsync compiles (it drives the compiler to produce the events analyzers
            // consume) and, unlike GetAllDiagnosticsAsync in Roslyn 4.14, records the execution times.
            var result = WithAnalyzers(compilation, corpus, mode).GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
            stopwatch.Stop();
            diagnostics = result.GetAllDiagnostics();
            foreach (var pair in result.AnalyzerTelemetryInfo)
            {
                times[NameOf(pair.Key)] = pair.Value.ExecutionTime;
            }
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var paused = GC.GetTotalPauseDuration() - pausedBefore;
        var charged = ChargesPauses && mode != Mode.CompileOnly ? PausesChargedTo(mode) - chargedBefore : (TimeSpan?)null;
        ThrowIfAnAnalyzerThrew();

        return new Run(mode, stopwatch.Elapsed, allocated, paused, charged, times, diagnostics);
    }

    /// <summary>The analyzers of <paramref name="mode"/> on a compilation, single-threaded, recording execution times.</summary>
    public CompilationWithAnalyzers WithAnalyzers(CSharpCompilation compilation, GeneratedCorpus corpus, Mode mode) =>
        WithAnalyzers(compilation, corpus, analyzers[mode]);

    /// <summary><paramref name="set"/> on a compilation as <see cref="WithAnalyzers(CSharpCompilation, GeneratedCorpus, Mode)"/> runs a mode's.</summary>
    public CompilationWithAnalyzers WithAnalyzers(CSharpCompilation compilation, GeneratedCorpus corpus, ImmutableArray<DiagnosticAnalyzer> set)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(corpus.AdditionalFiles, corpus.Settings),
            onAnalyzerException: (exception, analyzer, _) => analyzerExceptions.Enqueue($"{NameOf(analyzer)}: {exception}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
        return compilation.WithAnalyzers(set, options);
    }

    public void ThrowIfAnAnalyzerThrew()
    {
        if (!analyzerExceptions.IsEmpty)
        {
            throw new InvalidOperationException("An analyzer threw (AD0001):\n" + string.Join("\n", analyzerExceptions));
        }
    }

    /// <summary>The collection pauses charged so far to the callbacks of <paramref name="mode"/>'s analyzers, when they run wrapped.</summary>
    private TimeSpan PausesChargedTo(Mode mode) =>
        AnalyzersOf(mode).Aggregate(TimeSpan.Zero, (sum, analyzer) => sum + ((IPauseCharging)analyzer).Pauses.Total);

    /// <summary>The corpus's compilation as <paramref name="mode"/> needs it: with CA2241 forced to warning for <see cref="Mode.Ca2241"/>.</summary>
    public CSharpCompilation Create(GeneratedCorpus corpus, Mode mode)
    {
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            concurrentBuild: false,
            nullableContextOptions: NullableContextOptions.Disable);
        if (mode == Mode.Ca2241)
        {
            options = options.WithSpecificDiagnosticOptions(ImmutableDictionary<string, ReportDiagnostic>.Empty.Add(AnalyzerSets.Ca2241, ReportDiagnostic.Warn));
        }

        return CSharpCompilation.Create("FirmwareCorpus", corpus.Trees, references, options);
    }
}
