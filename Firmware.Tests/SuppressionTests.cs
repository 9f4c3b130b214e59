using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FirmwareGuard.Tests;
using Xunit;

namespace FirmwareGuard.Firmware.Tests;

/// <summary>
/// Firmware/ builds with every FG rule as an error (Firmware/.editorconfig). The only suppressions
/// allowed are in the before version: its printf calls and its silent relocations, which are the
/// 2013 code patches 1/8 and 2/8 fixed.
/// </summary>
public sealed partial class SuppressionTests
{
    [Fact]
    public void OnlyTheBeforeVersionsMessagesAndRelocationsAreSuppressed()
    {
        var firmware = RepositoryRoot.Combine("Firmware");
        var suppressions = Directory.EnumerateFiles(firmware, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", System.StringComparison.Ordinal))
            .SelectMany(path => File.ReadLines(path).Select(line => (File: Path.GetRelativePath(firmware, path), Line: line.Trim())))
            .Where(entry => entry.Line.StartsWith("#pragma warning disable", System.StringComparison.Ordinal) || entry.Line.Contains("SuppressMessage", System.StringComparison.Ordinal))
            .ToList();

        Assert.Equal(
            [
                ("Hvmloader/PciSetupBefore.cs", "#pragma warning disable FG0103"),
                ("Hvmloader/PciSetupBefore.cs", "#pragma warning disable FG0103"),
                ("Hvmloader/PciSetupBefore.cs", "#pragma warning disable FG0002"),
                ("Hvmloader/PciSetupBefore.cs", "#pragma warning disable FG0001, FG0002, FG0101"),
            ],
            suppressions.Select(entry => (entry.File.Replace('\\', '/'), Rule().Match(entry.Line).Value.TrimEnd())));
        Assert.All(suppressions, entry => Assert.Contains("// The 2013 code as it was", entry.Line, System.StringComparison.Ordinal));
    }

    [Fact]
    public void EveryFirmwareGuardRuleIsAnErrorInFirmware()
    {
        var config = File.ReadAllText(RepositoryRoot.Combine("Firmware", ".editorconfig"));
        var categories = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(file => File.ReadLines(RepositoryRoot.Combine("Analyzers", file)))
            .Select(line => line.Split('|'))
            .Where(cells => cells.Length > 2 && cells[0].Trim().StartsWith("FG", System.StringComparison.Ordinal))
            .Select(cells => cells[1].Trim())
            .Distinct()
            .ToList();

        Assert.NotEmpty(categories);
        foreach (var category in categories)
        {
            Assert.Contains($"dotnet_analyzer_diagnostic.category-{category}.severity = error", config, System.StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"^#pragma warning disable [^/]*")]
    private static partial Regex Rule();
}
