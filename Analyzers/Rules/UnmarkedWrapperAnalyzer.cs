using System.Collections.Immutable;
using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Rules;

/// <summary>FG0901: a method inferred to be a printf wrapper that no attribute marks.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnmarkedWrapperAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the dialect to put in the attribute, empty for the default.</summary>
    public const string DialectProperty = "Dialect";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnmarkedWrapper);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var firmwareGuard = FirmwareGuardContext.Create(start.Compilation, start.Options, start.CancellationToken);
            start.RegisterSymbolAction(symbol => AnalyzeMethod(symbol, firmwareGuard), SymbolKind.Method);
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, FirmwareGuardContext firmwareGuard)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (method.Locations.Length == 0 || !method.Locations[0].IsInSource)
        {
            return;
        }

        var tree = method.Locations[0].SourceTree!;
        if (firmwareGuard.Resolver.InferredWrapperOf(method, tree) is not { } wrapper)
        {
            return;
        }

        var options = firmwareGuard.OptionsFor(tree);
        var dialect = wrapper.Shim.DialectName == options.DialectName ? string.Empty : wrapper.Shim.DialectName ?? string.Empty;
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.UnmarkedWrapper,
            method.Locations[0],
            ImmutableDictionary<string, string?>.Empty.Add(DialectProperty, dialect),
            Wording.Code(method.Name),
            Wording.Code(wrapper.Target.Method.Name),
            dialect.Length == 0 ? string.Empty : "(\"" + dialect + "\")"));
    }
}
