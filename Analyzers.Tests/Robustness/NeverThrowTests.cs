using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace FirmwareGuard.Tests.Robustness;

/// <summary>
/// Analyzers and fixes never throw: every analyzer and every code fix survives incomplete code. The
/// test sources of every rule (and, in the long run, the Firmware sources) are cut at token
/// boundaries and have tokens deleted; every analyzer runs on each variant, every fix offered for
/// every diagnostic is applied, and nothing may throw (no AD0001) or produce a tree that does not
/// survive printing and parsing again.
/// Long run: <c>FIRMWAREGUARD_ROBUSTNESS=long dotnet test Analyzers.Tests --filter NeverThrowTests</c>.
/// </summary>
public sealed class NeverThrowTests
{
    public const string LongRunVariable = "FIRMWAREGUARD_ROBUSTNESS";
    private const int NormalVariants = 6_000;
    private const int LongRuleVariants = 47_600;
    private const int LongFirmwareVariants = 2_400;
    private const int FailuresShown = 5;

    private readonly ITestOutputHelper output;

    public NeverThrowTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public async Task NoAnalyzerOrFixThrowsOnIncompleteCode()
    {
        var longRun = string.Equals(Environment.GetEnvironmentVariable(LongRunVariable), "long", StringComparison.OrdinalIgnoreCase);
        var ruleSources = TestSourceCollector.RuleTestSources();
        Assert.NotEmpty(ruleSources);
        var plan = longRun
            ? VariantPlan.Long(ruleSources, LongRuleVariants, TestSourceCollector.FirmwareSources(), LongFirmwareVariants)
            : VariantPlan.Normal(ruleSources, NormalVariants);
        using var harness = await RobustnessHarness.CreateAsync();

        var stopwatch = Stopwatch.StartNew();
        var failures = new ConcurrentQueue<string>();
        int variants = 0, diagnostics = 0, actions = 0;
        await Parallel.ForEachAsync(
            plan.Variants(),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (item, _) =>
            {
                var outcome = await harness.CheckAsync(item.Variant);
                Interlocked.Increment(ref variants);
                Interlocked.Add(ref diagnostics, outcome.Diagnostics);
                Interlocked.Add(ref actions, outcome.ActionsApplied);
                foreach (var problem in outcome.Problems)
                {
                    failures.Enqueue($"{item.Variant.Name} ({item.Kind}): {problem}\n--- variant of {item.Variant.Files[item.Variant.Target].Path} ---\n{item.Variant.TargetText}\n---");
                }
            });

        output.WriteLine(
            $"Robustness ({(longRun ? "long run" : "normal suite")}, planned {plan.Describe()}): {variants} variants, " +
            $"{harness.Analyzers.Length} analyzers, {harness.Fixers.Length} code fix providers, {diagnostics} diagnostics, " +
            $"{actions} fix actions applied, {failures.Count} failures, {stopwatch.Elapsed.TotalSeconds:F1} s.");
        Assert.True(variants >= plan.TotalVariants, $"only {variants} of {plan.TotalVariants} planned variants were derived");
        var summary = failures.Select(f => f.Split('\n')[0]).GroupBy(line => line).Select(g => $"{g.Count()} x {g.Key}");
        Assert.True(
            failures.IsEmpty,
            $"{failures.Count} failures:\n" + string.Join("\n", summary) + "\n\nThe first ones in full:\n\n" + string.Join("\n\n", failures.Take(FailuresShown)));
    }
}
