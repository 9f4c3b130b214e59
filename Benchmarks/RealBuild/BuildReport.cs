using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace FirmwareGuard.Benchmarks.RealBuild;

/// <summary>
/// What one <c>dotnet build -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary</c> printed: the
/// compiler's analyzer and generator timing report (printed by the <c>Csc</c> task at detailed
/// verbosity, not at normal), the <c>Csc</c> line of the task performance summary, and the
/// FirmwareGuard warnings.
/// </summary>
internal sealed class BuildReport
{
    public const string FirmwareGuardAssembly = "FirmwareGuard.Analyzers";

    // "   0.444   59   Assembly, Version=…" or "   0.295   39      Namespace.Type (CA1856, CA1857)"; "<0.001" and "<1" for the smallest.
    private static readonly Regex TimedLine = new(@"^\s*(<?[0-9.]+)\s+<?[0-9]+( {3,})(\S.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex CscLine = new(@"^\s*([0-9]+) ms\s+Csc\s+[0-9]+ calls", RegexOptions.CultureInvariant);
    private static readonly Regex CompilerVersion = new(@"Visual C# Compiler version (\S+)", RegexOptions.CultureInvariant);
    private static readonly Regex FirmwareGuardWarning = new(@"warning (FG[0-9]{4})", RegexOptions.CultureInvariant);

    private BuildReport(string compiler, IReadOnlyList<TimedEntry> analyzers, IReadOnlyList<TimedEntry> generators, double cscMs, IReadOnlyList<string> firmwareGuardWarnings)
    {
        Compiler = compiler;
        Analyzers = analyzers;
        Generators = generators;
        CscMs = cscMs;
        FirmwareGuardWarnings = firmwareGuardWarnings;
    }

    /// <summary>The compiler's version as it prints it, or empty.</summary>
    public string Compiler { get; }

    /// <summary>Every analyzer of every assembly, each with the assembly it came from.</summary>
    public IReadOnlyList<TimedEntry> Analyzers { get; }

    public IReadOnlyList<TimedEntry> Generators { get; }

    public double CscMs { get; }

    /// <summary>Each distinct FirmwareGuard warning line (MSBuild prints a warning twice: where it happens and in the summary).</summary>
    public IReadOnlyList<string> FirmwareGuardWarnings { get; }

    public static BuildReport Parse(string output)
    {
        var analyzers = new List<TimedEntry>();
        var generators = new List<TimedEntry>();
        List<TimedEntry>? section = null;
        string? assembly = null;
        var cscMs = double.NaN;
        foreach (var line in output.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("Time (s)", StringComparison.Ordinal))
            {
                section = trimmed.EndsWith("Analyzer", StringComparison.Ordinal) ? analyzers
                    : trimmed.EndsWith("Generator", StringComparison.Ordinal) ? generators
                    : null;
                continue;
            }

            var csc = CscLine.Match(line);
            if (csc.Success)
            {
                cscMs = double.Parse(csc.Groups[1].Value, CultureInfo.InvariantCulture);
                continue;
            }

            if (section is null || trimmed.Length == 0)
            {
                // Blank lines separate the assemblies of a list.
                continue;
            }

            var timed = TimedLine.Match(line);
            if (!timed.Success)
            {
                // The list ends at the first other line.
                section = null;
                continue;
            }

            var milliseconds = Milliseconds(timed.Groups[1].Value);
            var name = timed.Groups[3].Value.Trim();
            if (timed.Groups[2].Value.Length == 3)
            {
                assembly = name.Split(',')[0];
                section.Add(new TimedEntry(assembly, null, milliseconds));
            }
            else
            {
                section.Add(new TimedEntry(assembly ?? string.Empty, name, milliseconds));
            }
        }

        var warnings = output.Split('\n')
            .Where(line => FirmwareGuardWarning.IsMatch(line))
            .Select(line => line.Trim())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var compiler = CompilerVersion.Match(output);
        return new BuildReport(compiler.Success ? compiler.Groups[1].Value : string.Empty, analyzers, generators, cscMs, warnings);
    }

    /// <summary>The report's seconds, to milliseconds; an entry below its resolution (<c>&lt;0.001</c>) counts as 0.</summary>
    private static double Milliseconds(string seconds) =>
        seconds.StartsWith('<') ? 0 : double.Parse(seconds, CultureInfo.InvariantCulture) * 1000;
}
