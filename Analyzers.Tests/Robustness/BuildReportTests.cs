using System.Linq;
using FirmwareGuard.Benchmarks.RealBuild;
using Xunit;

namespace FirmwareGuard.Tests.Robustness;

/// <summary>
/// The real-build benchmark reads its figures from what <c>dotnet build -p:ReportAnalyzer=true -v:d
/// -clp:PerformanceSummary</c> prints. These tests hold the parser to that output's shape: the
/// compiler's analyzer and generator reports (an assembly line, then its types indented further,
/// blank lines between assemblies), the <c>Csc</c> line of the task summary, and warning lines.
/// </summary>
public sealed class BuildReportTests
{
    private const string Output = """
          Microsoft (R) Visual C# Compiler version 5.9.0-1.26423.113 (5d3f6a2b)
          Total analyzer execution time: 0.765 seconds.
          NOTE: Elapsed time may be less than analyzer execution time because analyzers can run concurrently.

          Time (s)    %   Analyzer
             0.444   59   FirmwareGuard.Analyzers, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null
             0.440   58      FirmwareGuard.Rules.CallAnalyzer (FG0001, FG0002, FG0903)
            <0.001   <1      FirmwareGuard.Rules.UnmarkedWrapperAnalyzer (FG0901)

             0.321   41   Microsoft.CodeAnalysis.NetAnalyzers, Version=10.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35
             0.295   39      Microsoft.NetCore.Analyzers.InteropServices.PlatformCompatibilityAnalyzer (CA1416, CA1422)
             0.026    3      Microsoft.NetCore.Analyzers.Runtime.DoNotCompareSpanToNullAnalyzer (CA2265)

          Total generator execution time: 0.420 seconds.

          Time (s)    %   Generator
             0.420  100   Microsoft.Interop.LibraryImportGenerator, Version=10.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35
             0.420  100      Microsoft.Interop.LibraryImportGenerator
            <0.001   <1   FirmwareGuard.Analyzers, Version=0.1.0.0, Culture=neutral, PublicKeyToken=null
            <0.001   <1      FirmwareGuard.Generators.MarkerAttributeGenerator

          Done executing task "Csc".
        /tmp/corpus/Device0001.cs(12,5): warning FG0001: `size` (ulong) takes two 32-bit slots [/tmp/corpus/Corpus.csproj]

        Task Performance Summary:
               12 ms  ResolveAssemblyReference                   1 calls
            12304 ms  Csc                                        1 calls

        Build succeeded.
        /tmp/corpus/Device0001.cs(12,5): warning FG0001: `size` (ulong) takes two 32-bit slots [/tmp/corpus/Corpus.csproj]
        """;

    [Fact]
    public void EachAnalyzerIsReadWithItsAssemblyInMilliseconds()
    {
        var report = BuildReport.Parse(Output);

        Assert.Equal(
            new[]
            {
                new TimedEntry("FirmwareGuard.Analyzers", null, 444),
                new TimedEntry("FirmwareGuard.Analyzers", "FirmwareGuard.Rules.CallAnalyzer (FG0001, FG0002, FG0903)", 440),
                new TimedEntry("FirmwareGuard.Analyzers", "FirmwareGuard.Rules.UnmarkedWrapperAnalyzer (FG0901)", 0),
                new TimedEntry("Microsoft.CodeAnalysis.NetAnalyzers", null, 321),
                new TimedEntry("Microsoft.CodeAnalysis.NetAnalyzers", "Microsoft.NetCore.Analyzers.InteropServices.PlatformCompatibilityAnalyzer (CA1416, CA1422)", 295),
                new TimedEntry("Microsoft.CodeAnalysis.NetAnalyzers", "Microsoft.NetCore.Analyzers.Runtime.DoNotCompareSpanToNullAnalyzer (CA2265)", 26),
            },
            report.Analyzers.Select(Rounded));
    }

    [Fact]
    public void GeneratorsAreAListOfTheirOwn()
    {
        var report = BuildReport.Parse(Output);

        Assert.Equal(
            new[]
            {
                new TimedEntry("Microsoft.Interop.LibraryImportGenerator", null, 420),
                new TimedEntry("Microsoft.Interop.LibraryImportGenerator", "Microsoft.Interop.LibraryImportGenerator", 420),
                new TimedEntry("FirmwareGuard.Analyzers", null, 0),
                new TimedEntry("FirmwareGuard.Analyzers", "FirmwareGuard.Generators.MarkerAttributeGenerator", 0),
            },
            report.Generators.Select(Rounded));
    }

    [Fact]
    public void TheCscTaskTheCompilerAndEachDistinctWarningAreRead()
    {
        var report = BuildReport.Parse(Output);

        Assert.Equal(12304, report.CscMs);
        Assert.Equal("5.9.0-1.26423.113", report.Compiler);
        Assert.Equal(
            new[] { "/tmp/corpus/Device0001.cs(12,5): warning FG0001: `size` (ulong) takes two 32-bit slots [/tmp/corpus/Corpus.csproj]" },
            report.FirmwareGuardWarnings);
    }

    [Fact]
    public void OutputWithoutAReportGivesNoEntriesAndNoCscTime()
    {
        var report = BuildReport.Parse("Build succeeded.\n    0 Warning(s)\n");

        Assert.Empty(report.Analyzers);
        Assert.Empty(report.Generators);
        Assert.True(double.IsNaN(report.CscMs));
        Assert.Equal(string.Empty, report.Compiler);
    }

    [Theory]
    [InlineData("Microsoft.NetCore.Analyzers.InteropServices.PlatformCompatibilityAnalyzer (CA1416, CA1422)", "PlatformCompatibilityAnalyzer (CA1416, CA1422)")]
    [InlineData("FirmwareGuard.Generators.MarkerAttributeGenerator", "MarkerAttributeGenerator")]
    [InlineData(null, "FirmwareGuard.Analyzers")]
    public void AnEntryIsNamedWithoutItsNamespace(string? type, string expected)
    {
        Assert.Equal(expected, new TimedEntry("FirmwareGuard.Analyzers", type, 1).ShortName);
    }

    /// <summary>Seconds with three decimals times 1,000 are whole milliseconds up to floating-point error.</summary>
    private static TimedEntry Rounded(TimedEntry entry) => entry with { Milliseconds = System.Math.Round(entry.Milliseconds) };
}
