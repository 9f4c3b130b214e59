using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace FirmwareGuard.Tests.Robustness;

/// <summary>
/// How many variants to derive from which sources. The normal suite spreads a fixed number of
/// variants over the rule test sources, whatever their number. The long run takes every token
/// boundary of every rule test source and fills up with deletions, and adds a fixed number of cuts
/// and deletions spread over every Firmware source: each Firmware variant compiles and fixes the
/// whole project, so every boundary of it would take hours.
/// </summary>
public sealed class VariantPlan
{
    private const int Seed = 20130619;
    private const double TruncationShare = 0.6;

    private readonly ImmutableArray<SourceGroup> groups;

    private VariantPlan(ImmutableArray<SourceGroup> groups)
    {
        this.groups = groups;
    }

    /// <summary>At least this many variants are derived.</summary>
    public int TotalVariants => groups.Sum(group => group.Variants);

    public string Describe() =>
        string.Join(" and ", groups.Select(group => $"{group.Variants:N0}+ variants of {group.Sources.Length} {group.Name}"));

    public static VariantPlan Normal(ImmutableArray<RobustnessSource> ruleSources, int variants) =>
        new([new SourceGroup("rule test sources", ruleSources, variants, EveryBoundary: false)]);

    public static VariantPlan Long(ImmutableArray<RobustnessSource> ruleSources, int ruleVariants, ImmutableArray<RobustnessSource> firmwareSources, int firmwareVariants) =>
        new([
            new SourceGroup("rule test sources", ruleSources, ruleVariants, EveryBoundary: true),
            new SourceGroup("Firmware sources", firmwareSources, firmwareVariants, EveryBoundary: false),
        ]);

    /// <summary>The variants, each tagged with how it was made.</summary>
    public IEnumerable<(RobustnessSource Variant, string Kind)> Variants() => groups.SelectMany(GroupVariants);

    private static IEnumerable<(RobustnessSource Variant, string Kind)> GroupVariants(SourceGroup group)
    {
        var sources = group.Sources;
        if (sources.IsEmpty)
        {
            yield break;
        }

        var truncationsPerSource = group.EveryBoundary ? int.MaxValue : (int)Math.Ceiling(group.Variants * TruncationShare / sources.Length);
        var truncations = sources.Select(s => VariantGenerator.Truncations(s.TargetText, truncationsPerSource).Select(s.WithTargetText).ToList()).ToList();
        var deletionsPerSource = Math.Max(1, (int)Math.Ceiling((double)(group.Variants - truncations.Sum(t => t.Count)) / sources.Length));
        for (var index = 0; index < sources.Length; index++)
        {
            foreach (var variant in truncations[index])
            {
                yield return (variant, "truncated");
            }

            var random = new Random(Seed + index);
            foreach (var text in VariantGenerator.Deletions(sources[index].TargetText, deletionsPerSource, random))
            {
                yield return (sources[index].WithTargetText(text), "tokens deleted");
            }
        }
    }

    private sealed record SourceGroup(string Name, ImmutableArray<RobustnessSource> Sources, int Variants, bool EveryBoundary);
}
