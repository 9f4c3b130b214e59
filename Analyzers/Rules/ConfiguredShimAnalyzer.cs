using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using FirmwareGuard.Catalog;
using FirmwareGuard.Configuration;
using FirmwareGuard.Formats;
using FirmwareGuard.Shims;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Rules;

/// <summary>
/// FG0904 and FG0905: an entry of <c>firmwareguard.printf_shims</c> that matches no method, so that
/// calls the user meant to check are not. When the entry's type is in the compilation or its
/// references, a missing method is a mistake (FG0904, a warning); when the type is nowhere, the
/// project may simply not use that library — a repository-wide setting reaches every project — so it
/// is a note (FG0905, Info). Reported once per entry, when the compilation has been read.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfiguredShimAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.MissingConfiguredShim, Descriptors.UnresolvedConfiguredShimType);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationAction(Analyze);
    }

    private static void Analyze(CompilationAnalysisContext context)
    {
        foreach (var entry in ListedEntries(context))
        {
            if (ConfiguredShimEntry.Parse(entry) is not { } parsed)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.MissingConfiguredShim,
                    Location.None,
                    FormatText.Escaped(entry),
                    "names no type (write Namespace.Type.Method or a documentation ID such as M:Namespace.Type.Method(System.String,System.Object[]))"));
            }
            else if (parsed.ResolveType(context.Compilation) is not { } type)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.UnresolvedConfiguredShimType,
                    Location.None,
                    FormatText.Escaped(entry),
                    Wording.Code(FormatText.Escaped(parsed.TypeName))));
            }
            else if (!parsed.HasShim(type, context.Compilation))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.MissingConfiguredShim,
                    Location.None,
                    FormatText.Escaped(entry),
                    $"names {Wording.Code(type.ToDisplayString())}, which has no method {Wording.Code(FormatText.Escaped(parsed.MethodName))} taking a format string before variable arguments"
                        + (parsed.Text.StartsWith("M:", StringComparison.Ordinal) ? " with these parameters" : string.Empty)));
            }
        }
    }

    /// <summary>Every entry any C# file's settings list, each once, in a stable order.</summary>
    private static SortedSet<string> ListedEntries(CompilationAnalysisContext context)
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in context.Compilation.SyntaxTrees)
        {
            if (context.Options.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(ShimOptions.PrintfShimsKey, out var value))
            {
                values.Add(value);
            }
        }

        var entries = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            entries.UnionWith(ShimOptions.ListedShims(value));
        }

        return entries;
    }
}
