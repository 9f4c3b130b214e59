using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using FirmwareGuard.Benchmarks.Corpus;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Benchmarks.Measurement;

/// <summary>
/// What an IDE asks after an edit: the analyzers' semantic diagnostics of one document
/// (<c>CompilationWithAnalyzers.GetAnalyzerSemanticDiagnosticsAsync</c>), on a compilation whose
/// declarations are already bound, as the IDE's are. Each iteration takes a fresh compilation, so
/// the document's method bodies are bound inside the measured call, as after an edit; the binding
/// alone (<c>SemanticModel.GetDiagnostics</c>, no analyzer) is measured too.
/// </summary>
internal sealed class SingleDocumentBenchmark
{
    private static readonly Mode[] Modes = [Mode.CompileOnly, Mode.FirmwareGuard, Mode.Ca2241];

    private readonly CorpusCompiler compiler;
    private readonly TextWriter progress;

    public SingleDocumentBenchmark(CorpusCompiler compiler, TextWriter progress)
    {
        this.compiler = compiler;
        this.progress = progress;
    }

    public SingleDocumentResult Measure(GeneratedCorpus corpus, int warmups, int iterations)
    {
        var document = corpus.Trees.First(tree => tree.FilePath != SupportSource.FileName);
        var runs = new List<DocumentRun>();
        for (var iteration = 0; iteration < warmups + iterations; iteration++)
        {
            for (var step = 0; step < Modes.Length; step++)
            {
                var mode = Modes[(iteration + step) % Modes.Length];
                var run = MeasureOnce(corpus, document, mode);
                if (iteration >= warmups)
                {
                    runs.Add(run);
                }

                progress.WriteLine($"  document {document.FilePath}, {(iteration < warmups ? "warm-up" : $"iteration {iteration - warmups + 1}")}, {mode}: {run.WallTime.TotalMilliseconds:F1} ms, analyzers {run.AnalyzerTime.TotalMilliseconds:F1} ms");
            }
        }

        return new SingleDocumentResult(document.FilePath, document.GetText().Lines.Count, runs);
    }

    private DocumentRun MeasureOnce(GeneratedCorpus corpus, SyntaxTree document, Mode mode)
    {
        var compilation = compiler.Create(corpus, mode);
        compilation.GetDeclarationDiagnostics();
        var model = compilation.GetSemanticModel(document);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        if (mode == Mode.CompileOnly)
        {
            var binding = Stopwatch.StartNew();
            var errors = model.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            binding.Stop();
            ThrowIfAny(errors, document);
            return new DocumentRun(mode, binding.Elapsed, TimeSpan.Zero);
        }

        var withAnalyzers = compiler.WithAnalyzers(compilation, corpus, mode);
        var stopwatch = Stopwatch.StartNew();
        var diagnostics = withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None).GetAwaiter().GetResult();
        stopwatch.Stop();
        compiler.ThrowIfAnAnalyzerThrew();
        ThrowIfAny(diagnostics, document);
        var executionTime = TimeSpan.Zero;
        foreach (var analyzer in withAnalyzers.Analyzers)
        {
            executionTime += withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime;
        }

        return new DocumentRun(mode, stopwatch.Elapsed, executionTime);
    }

    /// <summary>The document comes from a clean corpus: a diagnostic means the corpus or a rule is wrong, and the timing is not of the clean path.</summary>
    private static void ThrowIfAny(IReadOnlyCollection<Diagnostic> diagnostics, SyntaxTree document)
    {
        if (diagnostics.Count > 0)
        {
            throw new InvalidOperationException($"{document.FilePath} of the clean corpus has diagnostics: {string.Join("; ", diagnostics.Take(5))}");
        }
    }
}
