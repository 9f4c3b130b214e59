using System.Collections.Immutable;
using System.Linq;
using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.Configuration;
using FirmwareGuard.Shims;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
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
            start.RegisterSemanticModelAction(model => AnalyzeDeclarations(model, firmwareGuard));
        });
    }

    private static void AnalyzeDeclarations(SemanticModelAnalysisContext context, FirmwareGuardContext firmwareGuard)
    {
        var tree = context.SemanticModel.SyntaxTree;
        foreach (var (method, _) in DeclaredMethods.In(context.SemanticModel, TakesParams, context.CancellationToken))
        {
            if (firmwareGuard.Resolver.InferredWrapperOf(method, tree) is { } wrapper)
            {
                Report(context, method, wrapper, firmwareGuard.OptionsFor(tree));
            }
        }
    }

    /// <summary>A wrapper forwards a <c>params</c> list, and has a body of its own.</summary>
    private static bool TakesParams(BaseMethodDeclarationSyntax declaration) =>
        declaration.ParameterList.Parameters is { Count: > 0 } parameters
        && parameters[parameters.Count - 1].Modifiers.Any(SyntaxKind.ParamsKeyword);

    private static void Report(in SemanticModelAnalysisContext context, IMethodSymbol method, InferredWrapper wrapper, ShimOptions options)
    {
        var dialect = wrapper.Shim.DialectName == options.DialectName ? string.Empty : wrapper.Shim.DialectName ?? string.Empty;
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.UnmarkedWrapper,
            method.Locations[0],
            ImmutableDictionary<string, string?>.Empty.Add(DialectProperty, dialect),
            Wording.Code(method.Name),
            Wording.Code(wrapper.Target.Method.Name),
            dialect.Length == 0 ? string.Empty : "(\"" + dialect + "\")",
            IsVisibleOutside(method, context.SemanticModel.Compilation) ? " so calls from other assemblies are checked too" : string.Empty));
    }

    /// <summary>Other assemblies can call the method: it and its containing types are public or protected, or internal to an assembly that names friends.</summary>
    private static bool IsVisibleOutside(IMethodSymbol method, Compilation compilation)
    {
        var hasFriends = compilation.Assembly.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.Runtime.CompilerServices.InternalsVisibleToAttribute");
        for (ISymbol? symbol = method; symbol is IMethodSymbol or INamedTypeSymbol; symbol = symbol.ContainingSymbol)
        {
            var visible = symbol.DeclaredAccessibility switch
            {
                Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal => true,
                Accessibility.Internal or Accessibility.ProtectedAndInternal => hasFriends,
                _ => false,
            };
            if (!visible)
            {
                return false;
            }
        }

        return true;
    }
}
