using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace FirmwareGuard.Tests.Package;

/// <summary>A diagnostic as MSBuild's console logger prints it: <c>file(line,column): error ID: message [project]</c>.</summary>
internal sealed record MsBuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message)
{
    private static readonly Regex Pattern = new(
        @"^(?<file>.+?)\((?<line>\d+),(?<column>\d+)\): (?<severity>error|warning) (?<id>[A-Z]+\d+): (?<message>.*?)(?: \[[^\]]+\])?$",
        RegexOptions.CultureInvariant);

    /// <summary>Every diagnostic in a build's output, once (the console logger repeats them in its summary).</summary>
    public static IReadOnlyList<MsBuildDiagnostic> In(DotnetRun run) =>
        run.Lines
            .Select(line => Pattern.Match(line.Trim()))
            .Where(match => match.Success)
            .Select(match => new MsBuildDiagnostic(
                match.Groups["file"].Value,
                int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["column"].Value, CultureInfo.InvariantCulture),
                match.Groups["severity"].Value,
                match.Groups["id"].Value,
                match.Groups["message"].Value))
            .Distinct()
            .ToList();
}
