using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FirmwareGuard.Generators;
using FirmwareGuard.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FirmwareGuard.Tests.Generators;

/// <summary>Compiles a project's source the way the compiler does with the package: generator first, then the analyzers.</summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<Task<ImmutableArray<MetadataReference>>> Net80 =
        new(() => ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None));

    public static async Task<CSharpCompilation> CompileAsync(
        string source,
        string assemblyName = "Consumer",
        LanguageVersion languageVersion = LanguageVersion.CSharp12,
        IEnumerable<string>? symbols = null,
        IEnumerable<MetadataReference>? references = null)
    {
        var parseOptions = new CSharpParseOptions(languageVersion, preprocessorSymbols: symbols);
        return CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source, parseOptions, path: assemblyName + ".cs") },
            (await Net80.Value).AddRange(references ?? Enumerable.Empty<MetadataReference>()),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: languageVersion >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable));
    }

    /// <summary>The preprocessor symbols the package's build targets define by default: the marks stay in the assembly.</summary>
    public static readonly string[] PackageSymbols = { MarkerAttributeSources.ConditionalSymbol };

    /// <summary>Runs the attribute generator with the compilation's own parse options, as the compiler does.</summary>
    public static (Compilation Output, GeneratorRunResult Run, GeneratorDriver Driver) Generate(Compilation compilation)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new MarkerAttributeGenerator().AsSourceGenerator() },
            parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        return (output, driver.GetRunResult().Results.Single(), driver);
    }

    /// <summary>The warnings and errors a build shows: the compiler's and the analyzers', less what the package's suppressor suppresses.</summary>
    public static async Task<ImmutableArray<Diagnostic>> BuildProblemsAsync(Compilation compilation)
    {
        var all = await compilation.WithAnalyzers(AllAnalyzers(), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty)).GetAllDiagnosticsAsync(CancellationToken.None);
        return all.Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed).ToImmutableArray();
    }

    /// <summary>The compiler's errors and warnings.</summary>
    public static ImmutableArray<Diagnostic> CompilerProblems(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    /// <summary>What every FirmwareGuard analyzer reports.</summary>
    public static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation)
    {
        return compilation.WithAnalyzers(AllAnalyzers(), new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty)).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }

    private static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers() => typeof(CallAnalyzer).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static byte[] Emit(Compilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("; ", result.Diagnostics));
        return image.ToArray();
    }

    /// <summary>The source text a diagnostic points at.</summary>
    public static string TextAt(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
}
