using System;
using System.Collections.Generic;
using System.Linq;

namespace FirmwareGuard.Benchmarks.Measurement;

/// <summary>The medians of the single-document measurement.</summary>
internal sealed class SingleDocumentResult
{
    public SingleDocumentResult(string document, int lines, IReadOnlyList<DocumentRun> runs)
    {
        Document = document;
        Lines = lines;
        Iterations = runs.Count(r => r.Mode == Mode.CompileOnly);
        BindingMs = Median(runs, Mode.CompileOnly, r => r.WallTime);
        FirmwareGuardWallMs = Median(runs, Mode.FirmwareGuard, r => r.WallTime);
        FirmwareGuardMs = Median(runs, Mode.FirmwareGuard, r => r.AnalyzerTime);
        Ca2241WallMs = Median(runs, Mode.Ca2241, r => r.WallTime);
        Ca2241Ms = Median(runs, Mode.Ca2241, r => r.AnalyzerTime);
    }

    public string Document { get; }

    public int Lines { get; }

    public int Iterations { get; }

    /// <summary>Binding the document's method bodies without analyzers: <c>SemanticModel.GetDiagnostics</c>.</summary>
    public double BindingMs { get; }

    public double FirmwareGuardWallMs { get; }

    public double FirmwareGuardMs { get; }

    public double Ca2241WallMs { get; }

    public double Ca2241Ms { get; }

    public double RatioToCa2241 => FirmwareGuardMs / Ca2241Ms;

    private static double Median(IReadOnlyList<DocumentRun> runs, Mode mode, Func<DocumentRun, TimeSpan> value) =>
        Measurement.Median.Of(runs.Where(r => r.Mode == mode).Select(r => value(r).TotalMilliseconds));
}
