using System.Collections.Immutable;
using FirmwareGuard.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Rules;

/// <summary>
/// Every project with the package has its own internal copy of the generated attributes. A project
/// that sees another's internals (<c>InternalsVisibleTo</c>) sees that project's copy too, and the
/// compiler warns (CS0436) at each use that it takes its own. That is exactly what is meant — the
/// analyzers read the attributes by name — so the warning is suppressed there, and only there: where
/// the conflicting type is one of the generated attributes.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GeneratedAttributeConflictSuppressor : DiagnosticSuppressor
{
    public static readonly SuppressionDescriptor OwnCopyOfGeneratedAttribute = new(
        "FGS0436",
        "CS0436",
        "Each project uses its own copy of FirmwareGuard's generated attributes; the analyzers read them by name, so a friend assembly's copy changes nothing.");

    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ImmutableArray.Create(OwnCopyOfGeneratedAttribute);

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            if (diagnostic.Location.SourceTree is not { } tree)
            {
                continue;
            }

            var node = tree.GetRoot(context.CancellationToken).FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            var symbol = context.GetSemanticModel(tree).GetSymbolInfo(node, context.CancellationToken).Symbol;
            var type = symbol as ITypeSymbol ?? (symbol as IMethodSymbol)?.ContainingType;
            if (type is not null && MarkerAttributeSources.IsGenerated(type))
            {
                context.ReportSuppression(Suppression.Create(OwnCopyOfGeneratedAttribute, diagnostic));
            }
        }
    }
}
