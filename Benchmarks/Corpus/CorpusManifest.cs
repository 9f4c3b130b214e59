using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Benchmarks.Corpus;

/// <summary>Counts measured on the generated syntax, and the findings each rule must report.</summary>
internal sealed class CorpusManifest
{
    public CorpusManifest(CorpusShape shape, int files, int methods, int lines, int invocations, int shimCalls, int formatCalls, int distinctShimFormats, IReadOnlyDictionary<string, int> expectedFindings)
    {
        Shape = shape;
        Files = files;
        Methods = methods;
        Lines = lines;
        Invocations = invocations;
        ShimCalls = shimCalls;
        FormatCalls = formatCalls;
        DistinctShimFormats = distinctShimFormats;
        ExpectedFindings = expectedFindings;
    }

    public CorpusShape Shape { get; }

    public int Files { get; }

    public int Methods { get; }

    public int Lines { get; }

    public int Invocations { get; }

    public int ShimCalls { get; }

    public int FormatCalls { get; }

    public int DistinctShimFormats { get; }

    /// <summary>Rule ID to the number of diagnostics it must report; an ID not listed must report none.</summary>
    public IReadOnlyDictionary<string, int> ExpectedFindings { get; }

    public int ExpectedCount(string id) => ExpectedFindings.TryGetValue(id, out var count) ? count : 0;

    /// <summary>The same manifest, expecting only the findings these analyzers can report.</summary>
    public CorpusManifest Restricted(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var ids = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var findings = ExpectedFindings.Where(pair => ids.Contains(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        return new CorpusManifest(Shape, Files, Methods, Lines, Invocations, ShimCalls, FormatCalls, DistinctShimFormats, findings);
    }
}
