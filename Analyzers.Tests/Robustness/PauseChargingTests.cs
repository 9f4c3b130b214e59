using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FirmwareGuard.Benchmarks.Corpus;
using FirmwareGuard.Benchmarks.Measurement;
using FirmwareGuard.Benchmarks.Measurement.PauseCharging;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FirmwareGuard.Tests.Robustness;

/// <summary>
/// With <c>--charge-pauses</c> the benchmark runs every analyzer wrapped to charge the collection
/// pauses inside its callbacks (Benchmarks/Measurement/PauseCharging): the wrapping must change
/// nothing an analyzer reports, reach every callback it registers, and charge each of them.
/// </summary>
public sealed class PauseChargingTests
{
    private const int Seed = 2013;

    private readonly CorpusCompiler compiler = new(chargePauses: true);

    /// <summary>What the probes run on: a small corpus with an additional file (the buggy variant's dialect file).</summary>
    private readonly GeneratedCorpus probed = CorpusGenerator.Generate(10, CorpusVariant.Buggy, Seed, CorpusShape.Dense);

    [Theory]
    [InlineData(nameof(CorpusShape.Dense), nameof(Mode.FirmwareGuard))]
    [InlineData(nameof(CorpusShape.Dense), nameof(Mode.Ca2241))]
    [InlineData(nameof(CorpusShape.Sparse), nameof(Mode.FirmwareGuard))]
    [InlineData(nameof(CorpusShape.Sparse), nameof(Mode.Ca2241))]
    public async Task WrappedAnalyzersReportWhatTheyReportUnwrapped(string shape, string mode)
    {
        var corpus = CorpusGenerator.Generate(300, CorpusVariant.Buggy, Seed, Enum.Parse<CorpusShape>(shape));
        var measured = Enum.Parse<Mode>(mode);
        var wrapped = compiler.Measure(corpus, measured);
        var unwrapped = measured == Mode.FirmwareGuard ? AnalyzerSets.FirmwareGuard() : AnalyzerSets.Ca2241Only();
        var result = await compiler.WithAnalyzers(compiler.Create(corpus, measured), corpus, unwrapped).GetAnalysisResultAsync(CancellationToken.None);
        compiler.ThrowIfAnAnalyzerThrew();

        Assert.Empty(FindingsCheck.Problems(wrapped, corpus.Manifest, compiler.AnalyzersOf(measured)));
        Assert.Equal(Described(result.GetAllDiagnostics()), Described(wrapped.Diagnostics));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void OnlyARunThatChargesPausesWrapsItsAnalyzers(bool chargePauses)
    {
        var measured = new CorpusCompiler(chargePauses);

        foreach (var mode in new[] { Mode.NoOpAnalyzer, Mode.FirmwareGuard, Mode.Ca2241 })
        {
            Assert.All(measured.AnalyzersOf(mode), analyzer => Assert.Equal(chargePauses, analyzer is IPauseCharging));
        }
    }

    [Fact]
    public async Task EveryRegistrationReachesItsCallback()
    {
        var unwrapped = new RegistrationProbe();
        var wrapped = new RegistrationProbe();

        await RunAsync(unwrapped, wrap: false);
        await RunAsync(wrapped, wrap: true);

        Assert.Equal(unwrapped.Registered, unwrapped.Ran);
        Assert.Equal(unwrapped.Registered, wrapped.Registered);
        Assert.Equal(wrapped.Registered, wrapped.Ran);
    }

    [Fact]
    public async Task EveryCallbackIsChargedTheCollectionInsideIt()
    {
        var callbacks = new RegistrationProbe();
        await RunAsync(callbacks, wrap: true);

        var uncharged = new List<string>();
        foreach (var callback in callbacks.Registered)
        {
            var probe = new RegistrationProbe(collectIn: callback);
            var charged = await RunAsync(probe, wrap: true);
            Assert.True(probe.PauseOfTheCollection > TimeSpan.Zero, $"{callback}: the collection paused nothing");
            if (charged < probe.PauseOfTheCollection)
            {
                uncharged.Add($"{callback}: {charged.Ticks} ticks charged, {probe.PauseOfTheCollection.Ticks} paused inside");
            }
        }

        Assert.Empty(uncharged);
    }

    [Fact]
    public async Task AWrappedSuppressorSuppressesAndIsChargedTheCollectionInsideIt()
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = TestCompilation.Create("Suppressed", new[] { TestCompilation.Parse("class C { void M() { int unused; } }") }, references);
        var probe = new SuppressionProbe();
        var wrapped = AnalyzerSets.ChargingPauses(ImmutableArray.Create<DiagnosticAnalyzer>(probe));

        var diagnostics = await compilation.WithAnalyzers(wrapped).GetAllDiagnosticsAsync(CancellationToken.None);

        Assert.Contains(compilation.GetDiagnostics(), d => d.Id == "CS0168");
        Assert.DoesNotContain(diagnostics, d => d.Id == "CS0168");
        Assert.True(probe.PauseOfTheCollection > TimeSpan.Zero, "the collection paused nothing");
        Assert.True(((IPauseCharging)wrapped[0]).Pauses.Total >= probe.PauseOfTheCollection);
    }

    /// <summary>Runs the probe, wrapped or not; returns the pauses charged to it.</summary>
    private async Task<TimeSpan> RunAsync(RegistrationProbe probe, bool wrap)
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(probe);
        if (wrap)
        {
            analyzers = AnalyzerSets.ChargingPauses(analyzers);
        }

        await compiler.WithAnalyzers(compiler.Create(probed, Mode.NoOpAnalyzer), probed, analyzers).GetAnalysisResultAsync(CancellationToken.None);
        compiler.ThrowIfAnAnalyzerThrew();
        return analyzers[0] is IPauseCharging charging ? charging.Pauses.Total : TimeSpan.Zero;
    }

    private static IEnumerable<string> Described(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan()}").Order(StringComparer.Ordinal);
}
