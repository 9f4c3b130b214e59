using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using FirmwareGuard.Calls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// Fix All for document, project and solution: in each document, every diagnostic's edit for the
/// chosen action (each diagnostic's first action when none of the rule's is chosen, as
/// <c>dotnet format</c> asks), merged per call and applied call by call (a batch of text edits would conflict
/// where two fixes in one statement both add locals, or where shim calls nest).
/// </summary>
internal sealed class ShimCallFixAllProvider : DocumentBasedFixAllProvider
{
    private readonly ShimCallFixProvider fixer;

    public ShimCallFixAllProvider(ShimCallFixProvider fixer)
    {
        this.fixer = fixer;
    }

    protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var cancellationToken = fixAllContext.CancellationToken;
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var firmwareGuard = FirmwareGuardContext.Create(model.Compilation, document.Project.AnalyzerOptions, cancellationToken);
        var key = fixer.FixAllKey(fixAllContext.CodeActionEquivalenceKey);
        var edits = diagnostics
            .Where(diagnostic => fixer.FixableDiagnosticIds.Contains(diagnostic.Id))
            .Select(diagnostic => (Call: fixer.FindCall(root, model, firmwareGuard, diagnostic), Diagnostic: diagnostic))
            .Where(found => found.Call is not null)
            .SelectMany(found => fixer.FixAllFixesFor(found.Call!, found.Diagnostic)
                .Where(fix => fix.EquivalenceKey == key)
                .Select(fix => (Span: found.Call!.Invocation.Syntax.Span, fix.Edit)))
            .GroupBy(found => found.Span)
            .Select(group => (group.Key, CallEdit.Merge(group.Select(found => found.Edit))))
            .ToList();
        return await ShimCallFixProvider.ApplyAsync(document, edits, cancellationToken).ConfigureAwait(false);
    }
}
