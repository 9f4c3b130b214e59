using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FirmwareGuard.CodeFixes;
using FirmwareGuard.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Tests.CodeFixes.OutputPreservation;

/// <summary>
/// Fixes generated calls the way a user would with Fix All: the analyzer's diagnostics, then
/// FG0001's, FG0002's and FG0004's Fix All, in rounds until nothing changes. No action is named
/// (as <c>dotnet format</c> names none), so each diagnostic gets its first action, except for the
/// checked narrowing, which is named.
/// </summary>
public sealed class FixApplier
{
    private const int MaximumRounds = 6;

    private static readonly DiagnosticAnalyzer Analyzer = new CallAnalyzer();
    private static readonly ShimCallFixProvider[] Fixers = { new SixtyFourBitArgumentFix(), new UnsupportedDirectiveFix(), new ExtraArgumentFix() };

    private readonly Project project;

    public FixApplier(IEnumerable<MetadataReference> references)
    {
        project = new AdhocWorkspace().CurrentSolution
            .AddProject("Generated", "Generated", LanguageNames.CSharp)
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.CSharp13))
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .WithMetadataReferences(references)
            .AddDocument("Prelude.cs", Prelude.Source).Project;
    }

    /// <summary>The calls' methods after the fixes, as one source text, and the FG diagnostics before and after.</summary>
    public async Task<(string Source, IReadOnlyList<Diagnostic> Before, IReadOnlyList<Diagnostic> After)> FixAsync(IEnumerable<GeneratedCall> calls, FixMode mode, CancellationToken cancellationToken)
    {
        var document = project.AddDocument(mode + ".cs", string.Join(Environment.NewLine, calls.Select(c => c.Source)));
        var diagnostics = await DiagnosticsAsync(document, cancellationToken);
        var before = diagnostics;
        for (var round = 0; round < MaximumRounds; round++)
        {
            var changed = false;
            foreach (var fixer in Fixers)
            {
                var id = fixer.FixableDiagnosticIds.Single();
                var reported = diagnostics.Where(d => d.Id == id).ToImmutableArray();
                if (reported.IsEmpty)
                {
                    continue;
                }

                var context = new FixAllContext(document, fixer, FixAllScope.Document, mode == FixMode.CheckedNarrowing ? id + ".CheckedNarrowing" : null!, new[] { id }, new Reported(reported), cancellationToken);
                var action = await fixer.GetFixAllProvider().GetFixAsync(context);
                if (action is null)
                {
                    continue;
                }

                var operations = await action.GetOperationsAsync(cancellationToken);
                var fixedDocument = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
                if ((await fixedDocument.GetTextAsync(cancellationToken)).ContentEquals(await document.GetTextAsync(cancellationToken)))
                {
                    continue;
                }

                document = fixedDocument;
                diagnostics = await DiagnosticsAsync(document, cancellationToken);
                changed = true;
            }

            if (!changed)
            {
                break;
            }
        }

        var text = await document.GetTextAsync(cancellationToken);
        return (text.ToString(), before, diagnostics);
    }

    private static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Document document, CancellationToken cancellationToken)
    {
        var compilation = await document.Project.GetCompilationAsync(cancellationToken) ?? throw new InvalidOperationException("no compilation");
        var model = await document.GetSemanticModelAsync(cancellationToken) ?? throw new InvalidOperationException("no semantic model");
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(Analyzer), document.Project.AnalyzerOptions);
        return await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, filterSpan: null, cancellationToken);
    }

    /// <summary>The diagnostics Fix All works on: the ones the analyzer reported in the document.</summary>
    private sealed class Reported : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> diagnostics;

        public Reported(ImmutableArray<Diagnostic> diagnostics)
        {
            this.diagnostics = diagnostics;
        }

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
