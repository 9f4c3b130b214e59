using System.Globalization;
using System.IO;
using FirmwareGuard.Benchmarks.Measurement;

namespace FirmwareGuard.Benchmarks.Report;

/// <summary>Prints the single-document figures as the Markdown table of Benchmarks/README.md, then the ratio target's verdict.</summary>
internal static class SingleDocumentTableWriter
{
    public static void Write(TextWriter output, SingleDocumentResult r)
    {
        var f = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(f, $"`GetAnalyzerSemanticDiagnosticsAsync(model, null, ct)` for {r.Document} ({r.Lines:N0} lines), medians of {r.Iterations} iterations:"));
        output.WriteLine();
        output.WriteLine("| binding alone | FG: wall | FG: analyzers' `ExecutionTime` | CA2241: wall | CA2241: analyzer's `ExecutionTime` | FG / CA2241 |");
        output.WriteLine("|---:|---:|---:|---:|---:|---:|");
        output.WriteLine(string.Create(f, $"| {r.BindingMs:N1} ms | {r.FirmwareGuardWallMs:N1} ms | {r.FirmwareGuardMs:N2} ms | {r.Ca2241WallMs:N1} ms | {r.Ca2241Ms:N2} ms | {r.RatioToCa2241:F2} |"));
        output.WriteLine();
        var verdict = Verdict.Of(r.RatioToCa2241 <= Targets.RatioToCa2241, string.Create(f, $"FG / CA2241 ≤ {Targets.RatioToCa2241} for one document: {r.RatioToCa2241:F2}"));
        output.WriteLine("- " + verdict.Text);
    }
}
