using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FirmwareGuard.Catalog;
using FirmwareGuard.Marks;
using FirmwareGuard.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// FG0901: an inferred printf wrapper gets the attribute, with the dialect it forwards to when that
/// is not the default: <c>[PrintfShim]</c>, <c>[PrintfShim("seabios")]</c>. The attribute type is one
/// named <c>PrintfShimAttribute</c> that can mark this method (<see cref="PrintfShimAttributeChoice"/>);
/// where there is none, nothing is offered.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnmarkedWrapperFix)), Shared]
public sealed class UnmarkedWrapperFix : CodeFixProvider
{
    /// <summary><c>void Trace(string format, params object?[] args)</c> → <c>[PrintfShim] void Trace(...)</c>.</summary>
    public const string AddPrintfShimKey = "FG0901.AddPrintfShim";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnmarkedWrapper);

    public override FixAllProvider GetFixAllProvider() => new MarkAll();

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Mark.For(root, model, diagnostic, context.CancellationToken) is { } mark)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(mark.Title, cancellation => MarkAsync(document, new[] { diagnostic }, cancellation), AddPrintfShimKey),
                    diagnostic);
            }
        }
    }

    /// <summary>Marks every method a diagnostic names in the document; a diagnostic that no longer applies is skipped.</summary>
    private static async Task<Document> MarkAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var generator = SyntaxGenerator.GetGenerator(document);
        var attributes = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (var diagnostic in diagnostics)
        {
            if (Mark.For(root, model, diagnostic, cancellationToken) is { } mark && !attributes.ContainsKey(mark.Method))
            {
                attributes.Add(mark.Method, mark.Attribute(generator));
            }
        }

        if (attributes.Count == 0)
        {
            return document;
        }

        var marked = document.WithSyntaxRoot(root.ReplaceNodes(
            attributes.Keys,
            (original, rewritten) => generator.AddAttributes(rewritten, attributes[original]).WithAdditionalAnnotations(Formatter.Annotation)));
        return await ImportAdder.AddImportsAsync(marked, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The attribute one method gets.</summary>
    private sealed class Mark
    {
        private Mark(MethodDeclarationSyntax method, PrintfShimAttributeChoice choice, string dialect)
        {
            Method = method;
            Choice = choice;
            Dialect = dialect;
        }

        public MethodDeclarationSyntax Method { get; }

        public PrintfShimAttributeChoice Choice { get; }

        /// <summary>The dialect to name, or empty for the default.</summary>
        public string Dialect { get; }

        public string Title => $"Mark {Wording.Code(Method.Identifier.ValueText)} with [PrintfShim{(Dialect.Length == 0 ? string.Empty : "(\"" + Dialect + "\")")}]";

        public static Mark? For(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var span = diagnostic.Location.SourceSpan;
            if (!diagnostic.Location.IsInSource || diagnostic.Location.SourceTree != root.SyntaxTree || !root.FullSpan.Contains(span)
                || root.FindToken(span.Start).Parent is not MethodDeclarationSyntax method
                || method.Identifier.Span != span
                || FollowsBrokenCode(method)
                || model.GetDeclaredSymbol(method, cancellationToken) is not IMethodSymbol { MethodKind: MethodKind.Ordinary } symbol
                || symbol.GetAttributes().Any(a => a.AttributeClass?.Name == MarkerAttributeNames.PrintfShim))
            {
                return null;
            }

            var dialect = diagnostic.Properties.TryGetValue(UnmarkedWrapperAnalyzer.DialectProperty, out var named) ? named ?? string.Empty : string.Empty;
            return PrintfShimAttributeChoice.For(model, method.SpanStart, dialect, cancellationToken) is { } choice
                ? new Mark(method, choice, dialect)
                : null;
        }

        /// <summary>
        /// True when the code before the method is broken (typically a member still being typed, whose
        /// <c>;</c> or <c>}</c> is missing): an attribute written there can be read as part of it —
        /// after <c>=> Log.Printf(format, args)</c> with no <c>;</c>, <c>[PrintfShim]</c> is an index into the call.
        /// </summary>
        private static bool FollowsBrokenCode(MethodDeclarationSyntax method)
        {
            if (method.GetFirstToken().GetPreviousToken(includeZeroWidth: true).IsMissing)
            {
                return true;
            }

            var members = method.Parent switch
            {
                TypeDeclarationSyntax type => type.Members,
                BaseNamespaceDeclarationSyntax ns => ns.Members,
                CompilationUnitSyntax unit => unit.Members,
                _ => default,
            };
            var index = members.IndexOf(method);
            return index > 0 && members[index - 1].ContainsDiagnostics;
        }

        /// <summary>
        /// The attribute with its type fully qualified and annotated, so that a <c>using</c> is added
        /// where that creates no ambiguity, and the name is then shortened as far as it stays unambiguous.
        /// </summary>
        public SyntaxNode Attribute(SyntaxGenerator generator)
        {
            var type = generator.TypeExpression(Choice.Type).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
            if (Dialect.Length == 0)
            {
                return generator.Attribute(type);
            }

            var value = generator.LiteralExpression(Dialect);
            return generator.Attribute(type, new[]
            {
                Choice.DialectIsNamed ? generator.AttributeArgument(PrintfShimAttributeChoice.DialectMember, value) : generator.AttributeArgument(value),
            });
        }
    }

    /// <summary>Fix All: every diagnosed method of a document marked at once (one <c>using</c> for all of them).</summary>
    private sealed class MarkAll : DocumentBasedFixAllProvider
    {
        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics) =>
            await MarkAsync(document, diagnostics, fixAllContext.CancellationToken).ConfigureAwait(false);
    }
}
