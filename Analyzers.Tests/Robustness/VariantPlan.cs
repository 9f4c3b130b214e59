using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace FirmwareGuard.Tests.Robustness;

/// <summary>
/// How many variants to derive from which sources. The normal suite spreads a fixed number of
/// variants over the rule test sources, whatever their number; the long run takes every token
/// boundary of every source, the Firmware sources too, and fills up with deletions.
/// </summary>
public sealed class VariantPlan
{
    private const int Seed = 20130619;

    private VariantPlan(ImmutableArray<RobustnessSource> sources, int totalVariants, bool everyBoundary)
    {
        Sources = sources;
        TotalVariants = totalVariants;
        EveryBoundary = everyBoundary;
    }

    public ImmutableArray<RobustnessSource> Sources { get; }

    /// <summary>At least this many variants are derived.</summary>
    public int TotalVariants { get; }

    public bool EveryBoundary { get; }

    public static VariantPlan Normal(ImmutableArray<RobustnessSource> ruleSources, int totalVariants) =>
        new(ruleSources, totalVariants, everyBoundary: false);

    public static VariantPlan Long(ImmutableArray<RobustnessSource> ruleSources, ImmutableArray<RobustnessSource> firmwareSources, int totalVariants) =>
        new(ruleSources.AddRange(firmwareSources), totalVariants, everyBoundary: true);

    /// <summary>The variants, each tagged with how it was made.</summary>
    public IEnumerable<(RobustnessSource Variant, string Kind)> Variants()
    {
        if (Sources.IsEmpty)
        {
            yield break;
        }

        // Truncations first: at most 60 % of the budget in the normal suite, all of them in the long run.
        var truncationShare = EveryBoundary ? int.MaxValue : (int)Math.Ceiling(TotalVariants * 0.6 / Sources.Length);
        var truncations = Sources.Select(s => VariantGenerator.Truncations(s.TargetText, truncationShare).Select(s.WithTargetText).ToList()).ToList();
        var deletionsPerSource = Math.Max(1, (int)Math.Ceiling((double)(TotalVariants - truncations.Sum(t => t.Count)) / Sources.Length));
        for (var index = 0; index < Sources.Length; index++)
        {
            foreach (var variant in truncations[index])
            {
                yield return (variant, "truncated");
            }

            var random = new Random(Seed + index);
            foreach (var text in VariantGenerator.Deletions(Sources[index].TargetText, deletionsPerSource, random))
            {
                yield return (Sources[index].WithTargetText(text), "tokens deleted");
            }
        }
    }
}
