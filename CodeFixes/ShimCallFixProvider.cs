using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FirmwareGuard.Calls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// What every FirmwareGuard fixer shares: find the shim call a diagnostic belongs to (read with the
/// analyzer's own call model), offer each of the rule's actions whose rewrite can be planned, and
/// apply edits — one call's, or many merged per call for Fix All.
/// </summary>
public abstract class ShimCallFixProvider : CodeFixProvider
{
    public sealed override FixAllProvider GetFixAllProvider() => new ShimCallFixAllProvider(this);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        var firmwareGuard = FirmwareGuardContext.Create(model.Compilation, document.Project.AnalyzerOptions, context.CancellationToken);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!FixableDiagnosticIds.Contains(diagnostic.Id) || FindCall(root, model, firmwareGuard, diagnostic) is not { } call)
            {
                continue;
            }

            var span = call.Invocation.Syntax.Span;
            foreach (var fix in FixesFor(call, diagnostic))
            {
                if (CallRewrite.Plan(call, fix.Edit, model) is null)
                {
                    continue;
                }

                var edit = fix.Edit;
                context.RegisterCodeFix(
                    CodeAction.Create(fix.Title, cancellation => ApplyAsync(document, new[] { (span, edit) }, cancellation), fix.EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>
    /// The equivalence key of every diagnostic's first action (the one its rule's page names first).
    /// Fix All with this key, with no key, or with another rule's key applies each diagnostic's first
    /// action; any other action has a key of its own, which Fix All applies and nothing else.
    /// </summary>
    internal abstract string FirstActionKey { get; }

    /// <summary>The key Fix All applies for <paramref name="requested"/>: that key when it is one of this fixer's, otherwise <see cref="FirstActionKey"/>.</summary>
    internal string FixAllKey(string? requested) =>
        requested is not null && FixableDiagnosticIds.Any(id => requested.StartsWith(id + ".", System.StringComparison.Ordinal)) ? requested : FirstActionKey;

    /// <summary>The actions this rule offers for a diagnostic on a call, first the default (not yet checked against the code around it).</summary>
    internal abstract IEnumerable<CallFix> FixesFor(ShimCall call, Diagnostic diagnostic);

    /// <summary>What Fix All applies for a diagnostic: its own actions, and any that only the same rule will report once they are made.</summary>
    internal virtual IEnumerable<CallFix> FixAllFixesFor(ShimCall call, Diagnostic diagnostic) => FixesFor(call, diagnostic);

    /// <summary>True when the diagnostic was reported on this call (rather than on a shim call nested inside it, or around it).</summary>
    internal abstract bool IsReportedOn(ShimCall call, Diagnostic diagnostic);

    internal ShimCall? FindCall(SyntaxNode root, SemanticModel model, FirmwareGuardContext firmwareGuard, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        if (!diagnostic.Location.IsInSource || diagnostic.Location.SourceTree != root.SyntaxTree || !root.FullSpan.Contains(span))
        {
            return null;
        }

        var node = root.FindNode(span, getInnermostNodeForTie: true);
        foreach (var invocation in node.AncestorsAndSelf().OfType<InvocationExpressionSyntax>())
        {
            // A rewrite of a half-typed argument list (a missing comma, a stray token) can turn it
            // into different code: `Printf("%u\n" Big)` would become `Printf("%u\n" (uint)Big)`, a call.
            if (invocation.ArgumentList.ContainsDiagnostics)
            {
                return null;
            }

            if (model.GetOperation(invocation) is IInvocationOperation operation
                && firmwareGuard.ReadCall(operation) is { } call
                && IsReportedOn(call, diagnostic))
            {
                return call;
            }
        }

        return null;
    }

    /// <summary>
    /// Applies edits to calls (each named by its span in <paramref name="document"/>) one call at a
    /// time, re-reading the document after each, so edits to nested calls and to calls in one
    /// statement each see the locals the others introduced. An edit that no longer plans is skipped.
    /// </summary>
    internal static async Task<Document> ApplyAsync(Document document, IReadOnlyCollection<(Microsoft.CodeAnalysis.Text.TextSpan Span, CallEdit Edit)> edits, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var marked = new List<(SyntaxAnnotation Mark, CallEdit Edit)>();
        var byNode = new Dictionary<SyntaxNode, SyntaxAnnotation>();
        foreach (var (span, edit) in edits.OrderBy(e => e.Span.Start))
        {
            var invocation = root.FindNode(span, getInnermostNodeForTie: true).AncestorsAndSelf()
                .OfType<InvocationExpressionSyntax>().FirstOrDefault(n => n.Span == span);
            if (invocation is null || byNode.ContainsKey(invocation))
            {
                continue;
            }

            var mark = new SyntaxAnnotation();
            byNode.Add(invocation, mark);
            marked.Add((mark, edit));
        }

        document = document.WithSyntaxRoot(root.ReplaceNodes(byNode.Keys, (before, after) => after.WithAdditionalAnnotations(byNode[before])));
        foreach (var (mark, edit) in marked)
        {
            cancellationToken.ThrowIfCancellationRequested();
            root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var invocation = root?.GetAnnotatedNodes(mark).OfType<InvocationExpressionSyntax>().FirstOrDefault();
            if (root is null || model is null || invocation is null
                || model.GetOperation(invocation, cancellationToken) is not IInvocationOperation operation
                || FirmwareGuardContext.Create(model.Compilation, document.Project.AnalyzerOptions, cancellationToken).ReadCall(operation) is not { } call
                || CallRewrite.Plan(call, edit, model) is not { } rewrite)
            {
                continue;
            }

            document = document.WithSyntaxRoot(rewrite.Apply(root));
        }

        return document;
    }
}
