using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace FirmwareGuard.Firmware.Tests;

/// <summary>
/// Firmware/ builds with every FG rule as an error (Firmware/.editorconfig). The only suppressions
/// allowed are the before version's printf calls, which are the 2013 code patch 1/8 fixed.
/// </summary>
public sealed partial class SuppressionTests
{
    [Fact]
    public void OnlyTheBeforeVersionsBarMessagesAreSuppressed()
    {
        var firmware = Path.Combine(RepositoryRoot(), "Firmware");
        var suppressions = Directory.EnumerateFiles(firmware, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", System.StringComparison.Ordinal))
            .SelectMany(path => File.ReadLines(path).Select(line => (File: Path.GetRelativePath(firmware, path), Line: line.Trim())))
            .Where(entry => entry.Line.StartsWith("#pragma warning disable", System.StringComparison.Ordinal) || entry.Line.Contains("SuppressMessage", System.StringComparison.Ordinal))
            .ToList();

        Assert.Equal(
            [
                ("Hvmloader/PciSetupBefore.cs", "#pragma warning disable FG0002"),
                ("Hvmloader/PciSetupBefore.cs", "#pragma warning disable FG0001, FG0002"),
            ],
            suppressions.Select(entry => (entry.File.Replace('\\', '/'), Rule().Match(entry.Line).Value.TrimEnd())));
        Assert.All(suppressions, entry => Assert.Contains("// The 2013 code as it was", entry.Line, System.StringComparison.Ordinal));
    }

    [Fact]
    public void EveryFirmwareGuardRuleIsAnErrorInFirmware()
    {
        var config = File.ReadAllText(Path.Combine(RepositoryRoot(), "Firmware", ".editorconfig"));

        foreach (var id in new[] { "FG0001", "FG0002", "FG0003", "FG0004", "FG0005", "FG0006", "FG0007", "FG0008" })
        {
            Assert.Contains($"dotnet_diagnostic.{id}.severity = error", config, System.StringComparison.Ordinal);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "FirmwareGuard.sln")))
        {
            directory = directory.Parent ?? throw new DirectoryNotFoundException("FirmwareGuard.sln not found above the test binaries");
        }

        return directory.FullName;
    }

    [GeneratedRegex(@"^#pragma warning disable [^/]*")]
    private static partial Regex Rule();
}
