using System.Linq;
using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.Configuration;
using FirmwareGuard.Formats;
using FirmwareGuard.Marks;
using FirmwareGuard.Shims;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Rules;

/// <summary>
/// FG0903: a dialect name that no dialect has — at each <c>[PrintfShim]</c> argument in source that
/// names it, otherwise (<c>firmwareguard.dialect</c>, or a shim from another assembly) at the first
/// call that uses it. Without its dialect a call cannot be checked, so it is never silently skipped.
/// </summary>
internal static class UnknownDialectRule
{
    /// <summary>Notes each <c>[PrintfShim]</c> written in the file that names an unknown dialect.</summary>
    public static void AnalyzeDeclarations(in SemanticModelAnalysisContext context, FirmwareGuardContext firmwareGuard)
    {
        foreach (var (method, declaration) in DeclaredMethods.In(context.SemanticModel, HasAttributes, context.CancellationToken))
        {
            foreach (var attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass?.Name != MarkerAttributeNames.PrintfShim
                    || ShimResolver.DialectOf(attribute) is not { } name
                    || firmwareGuard.TryGetDialect(name, out _)
                    || attribute.ApplicationSyntaxReference is not { } reference
                    || reference.SyntaxTree != declaration.SyntaxTree
                    || !declaration.Span.Contains(reference.Span)
                    || reference.GetSyntax(context.CancellationToken) is not AttributeSyntax syntax)
                {
                    continue;
                }

                firmwareGuard.UnknownDialects.AddAttribute(new UnknownDialectUse(name, DialectNamer.Attribute, method, DialectArgument(syntax).GetLocation()));
            }
        }
    }

    /// <summary>Only a declaration with attributes written on it can name a dialect; a partial method's other part notes its own.</summary>
    private static bool HasAttributes(SyntaxNode declaration) => declaration switch
    {
        BaseMethodDeclarationSyntax method => method.AttributeLists.Count > 0,
        AccessorDeclarationSyntax accessor => accessor.AttributeLists.Count > 0,
        _ => false,
    };

    /// <summary>Reports, once the whole compilation has been read, every unknown dialect noted.</summary>
    public static void Report(in CompilationAnalysisContext context, FirmwareGuardContext firmwareGuard)
    {
        foreach (var use in firmwareGuard.UnknownDialects.ToReport())
        {
            var shim = Wording.Code(use.Shim.Name);
            var (namedBy, calls) = use.Namer switch
            {
                DialectNamer.Attribute => ("[PrintfShim] on " + shim, "to " + shim),
                DialectNamer.CalledShim => ("the printf shim " + shim, "to " + shim),
                _ => (ShimOptions.DialectKey, "to shims that name no dialect of their own"),
            };
            var why = firmwareGuard.FileThatRejected(use.Name) is { } file
                ? $"is not loaded, because its definition in {FormatText.Escaped(file)} has problems (FG0902)"
                : "does not exist";
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UnknownDialect, use.Location, FormatText.Escaped(use.Name), why, namedBy, firmwareGuard.DialectNames, calls));
        }
    }

    /// <summary>The argument <see cref="ShimResolver.DialectOf"/> reads: <c>Dialect = "..."</c>, else the first positional one.</summary>
    private static SyntaxNode DialectArgument(AttributeSyntax attribute)
    {
        var arguments = attribute.ArgumentList?.Arguments;
        return (SyntaxNode?)arguments?.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Dialect")
            ?? (SyntaxNode?)arguments?.FirstOrDefault(a => a.NameEquals is null)
            ?? attribute;
    }
}
