using System.Linq;
using FirmwareGuard.Benchmarks.Corpus;
using FirmwareGuard.Benchmarks.Measurement;
using Xunit;

namespace FirmwareGuard.Tests.Robustness;

/// <summary>
/// Keeps the benchmark corpus honest as rules land: a small corpus of each shape compiles cleanly,
/// the clean variant gives no finding for any FirmwareGuard analyzer or CA2241, and the buggy variant
/// plants every rule and gives exactly the planted number per rule. (Benchmarks/README.md runs the same
/// check at full size.)
/// </summary>
public sealed class BenchmarkCorpusTests
{
    private const int ShimCalls = 300;
    private const int Seed = 2013;

    [Theory]
    [InlineData(nameof(CorpusShape.Dense), false)]
    [InlineData(nameof(CorpusShape.Dense), true)]
    [InlineData(nameof(CorpusShape.Sparse), false)]
    [InlineData(nameof(CorpusShape.Sparse), true)]
    public void EveryAnalyzerReportsExactlyWhatTheManifestExpects(string shape, bool buggy)
    {
        var variant = buggy ? CorpusVariant.Buggy : CorpusVariant.Clean;
        var corpus = CorpusGenerator.Generate(ShimCalls, variant, Seed, System.Enum.Parse<CorpusShape>(shape));
        var compiler = new CorpusCompiler();
        var problems = new[] { Mode.CompileOnly, Mode.FirmwareGuard, Mode.Ca2241 }
            .SelectMany(mode => FindingsCheck.Problems(compiler.Measure(corpus, mode), corpus.Manifest, compiler.AnalyzersOf(mode)))
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(buggy, corpus.Manifest.ExpectedFindings.Count > 0);
    }

    [Theory]
    [InlineData(nameof(CorpusShape.Dense))]
    [InlineData(nameof(CorpusShape.Sparse))]
    public void TheBuggyCorpusPlantsEveryRule(string shape)
    {
        var corpus = CorpusGenerator.Generate(ShimCalls, CorpusVariant.Buggy, Seed, System.Enum.Parse<CorpusShape>(shape));
        var rules = new CorpusCompiler().AnalyzersOf(Mode.FirmwareGuard)
            .SelectMany(analyzer => analyzer.SupportedDiagnostics)
            .Select(descriptor => descriptor.Id)
            .Append("CA2241")
            .Distinct()
            .OrderBy(id => id, System.StringComparer.Ordinal);

        Assert.Equal(rules, corpus.Manifest.ExpectedFindings.Where(pair => pair.Value > 0).Select(pair => pair.Key));
    }
}
