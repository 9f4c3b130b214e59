using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FirmwareGuard.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Benchmarks.Measurement;

/// <summary>Holds a run to its corpus's manifest: the corpus compiles cleanly, and each rule reports exactly the planted number of findings.</summary>
internal static class FindingsCheck
{
    public static IReadOnlyList<string> Problems(Run run, CorpusManifest manifest, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var problems = run.Diagnostics
            .Where(d => d.Id.StartsWith("CS", StringComparison.Ordinal) && d.Severity >= DiagnosticSeverity.Warning)
            .Take(5)
            .Select(d => $"the corpus does not compile cleanly: {d}")
            .ToList();

        var reported = run.Diagnostics
            .Where(d => !d.Id.StartsWith("CS", StringComparison.Ordinal))
            .GroupBy(d => d.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var checkedIds = analyzers
            .SelectMany(a => a.SupportedDiagnostics)
            .Select(d => d.Id)
            .Where(id => !id.StartsWith("NOOP", StringComparison.Ordinal))
            .Concat(reported.Keys)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(id => id, StringComparer.Ordinal);
        foreach (var id in checkedIds)
        {
            var expected = manifest.ExpectedCount(id);
            var actual = reported.TryGetValue(id, out var count) ? count : 0;
            if (expected != actual)
            {
                var example = run.Diagnostics.FirstOrDefault(d => d.Id == id);
                problems.Add($"{run.Mode}: {id} expected {expected}, reported {actual}" + (example is null ? string.Empty : $" (e.g. {example})"));
            }
        }

        return problems;
    }

    /// <summary>Each planted rule with its expected and reported counts, for the report.</summary>
    public static string Summary(Run run, CorpusManifest manifest) =>
        string.Join(", ", manifest.ExpectedFindings.Select(pair =>
            $"{pair.Key} {run.Diagnostics.Count(d => d.Id == pair.Key)}/{pair.Value}"));
}
