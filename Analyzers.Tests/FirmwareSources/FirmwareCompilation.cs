using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Tests.FirmwareSources;

/// <summary>Firmware/'s sources compiled in memory, optionally with one file edited, and run through every FirmwareGuard analyzer.</summary>
internal static class FirmwareCompilation
{
    public static IReadOnlyDictionary<string, string> Sources()
    {
        var firmware = RepositoryRoot.Combine("Firmware");
        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(firmware, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !path.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .ToDictionary(path => Path.GetRelativePath(firmware, path).Replace('\\', '/'), File.ReadAllText);
    }

    /// <summary>The analyzer diagnostics (suppressed ones excluded, as in a build), after asserting the sources compile.</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(IReadOnlyDictionary<string, string> sources)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = sources.Select(source => CSharpSyntaxTree.ParseText(source.Value, parseOptions, path: source.Key));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p));
        var compilation = TestCompilation.Create("FirmwareGuard.Firmware", trees, references, OutputKind.ConsoleApplication);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Firmware/ does not compile in the test: " + string.Join(Environment.NewLine, errors.Take(5)));
        }

        var analyzers = typeof(FirmwareGuard.Rules.CallAnalyzer).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
        return await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
    }
}
