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
    /// <summary>
    /// Notes each <c>[PrintfShim]</c> in an attribute list of a method, constructor, operator or
    /// accessor declaration that names an unknown dialect. Only attribute lists are visited, so a file
    /// costs nothing for its methods that have none. A partial method's other part notes its own; a
    /// local function's attribute is not read here, as a symbol action would not be called for it: its
    /// first call reports the name.
    /// </summary>
    public static void AnalyzeAttributes(in SyntaxNodeAnalysisContext context, FirmwareGuardContext firmwareGuard)
    {
        var list = (AttributeListSyntax)context.Node;
        if (list.Parent is not { } declaration
            || declaration is not (BaseMethodDeclarationSyntax or AccessorDeclarationSyntax)
            || context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not IMethodSymbol method)
        {
            return;
        }

        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass?.Name != MarkerAttributeNames.PrintfShim
                || ShimResolver.DialectOf(attribute) is not { } name
                || firmwareGuard.TryGetDialect(name, out _)
                || attribute.ApplicationSyntaxReference is not { } reference
                || reference.SyntaxTree != list.SyntaxTree
                || !list.Span.Contains(reference.Span)
                || reference.GetSyntax(context.CancellationToken) is not AttributeSyntax syntax)
            {
                continue;
            }

            firmwareGuard.UnknownDialects.AddAttribute(new UnknownDialectUse(name, DialectNamer.Attribute, method, DialectArgument(syntax).GetLocation()));
        }
    }

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
