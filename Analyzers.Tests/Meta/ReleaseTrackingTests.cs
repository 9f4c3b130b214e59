using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace FirmwareGuard.Tests.Meta;

/// <summary>
/// Every descriptor is in the release files with its category and default severity: its latest
/// row, which is in AnalyzerReleases.Unshipped.md until a release moves it to Shipped.md.
/// </summary>
public class ReleaseTrackingTests
{
    public static IEnumerable<object[]> Ids => AnalyzerCatalog.DescriptorIdData;

    /// <summary>Table rows of a release file; for new and changed rules alike, cells 1 and 2 are the current category and severity.</summary>
    private static IEnumerable<string[]> Rows(string file) => File.ReadLines(RepositoryRoot.Combine("Analyzers", file))
        .Where(line => line.StartsWith("FG", System.StringComparison.Ordinal))
        .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray());

    private static string[]? LatestRow(string id) =>
        Rows("AnalyzerReleases.Unshipped.md").LastOrDefault(r => r[0] == id) ?? Rows("AnalyzerReleases.Shipped.md").LastOrDefault(r => r[0] == id);

    [Theory]
    [MemberData(nameof(Ids))]
    public void TheDescriptorIsInTheReleaseFiles(string id)
    {
        var descriptor = AnalyzerCatalog.Descriptor(id);
        var row = LatestRow(id);

        Assert.NotNull(row);
        Assert.Equal(descriptor.Category, row[1]);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), row[2]);
    }

    [Fact]
    public void TheReleaseFilesNameNoOtherRules()
    {
        var ids = AnalyzerCatalog.Descriptors.Select(d => d.Descriptor.Id).ToHashSet();
        var listed = Rows("AnalyzerReleases.Unshipped.md").Concat(Rows("AnalyzerReleases.Shipped.md")).Select(r => r[0]);

        Assert.All(listed, id => Assert.Contains(id, ids));
    }
}
