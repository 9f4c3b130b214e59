using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using FirmwareGuard.Benchmarks.Measurement.PauseCharging;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Benchmarks.Measurement;

/// <summary>The analyzers each measurement runs.</summary>
internal static class AnalyzerSets
{
    public const string Ca2241 = "CA2241";

    /// <summary>Every analyzer in FirmwareGuard.Analyzers, found by reflection so new rules are measured without edits here.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> FirmwareGuard() =>
        Assembly.Load("FirmwareGuard.Analyzers").GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any())
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();

    /// <summary>
    /// Each of <paramref name="analyzers"/> wrapped to charge the collection pauses inside its callbacks
    /// (<see cref="IPauseCharging"/>), so that they can be told from the analyzer's own time.
    /// </summary>
    public static ImmutableArray<DiagnosticAnalyzer> ChargingPauses(ImmutableArray<DiagnosticAnalyzer> analyzers) =>
        analyzers.Select(analyzer => analyzer is DiagnosticSuppressor suppressor
                ? (DiagnosticAnalyzer)new PauseChargingSuppressor(suppressor)
                : new PauseChargingAnalyzer(analyzer))
            .ToImmutableArray();

    public static ImmutableArray<DiagnosticAnalyzer> NoOp() => ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpInvocationAnalyzer());

    /// <summary>The analyzer(s) of the NetAnalyzers package that report CA2241, loaded from the package folder.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Ca2241Only()
    {
        var folder = Path.Combine(BuildPaths.NetAnalyzersPackage, "analyzers", "dotnet", "cs");
        var loader = new PackageAnalyzerLoader();
        var analyzers = Directory.GetFiles(folder, "*.dll")
            .SelectMany(path => new AnalyzerFileReference(path, loader).GetAnalyzers(LanguageNames.CSharp))
            .Where(analyzer => analyzer.SupportedDiagnostics.Any(descriptor => descriptor.Id == Ca2241))
            .ToImmutableArray();
        return analyzers.IsEmpty
            ? throw new InvalidOperationException($"No analyzer in {folder} reports {Ca2241}.")
            : analyzers;
    }

    private sealed class PackageAnalyzerLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
