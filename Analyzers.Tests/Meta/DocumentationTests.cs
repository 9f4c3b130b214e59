using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace FirmwareGuard.Tests.Meta;

/// <summary>Each descriptor has its page in docs/rules, titled like the descriptor, and its help link points there.</summary>
public class DocumentationTests
{
    public static IEnumerable<object[]> Ids => AnalyzerCatalog.DescriptorIdData;

    private static string PagePath(string id) => RepositoryRoot.Combine("docs", "rules", id + ".md");

    [Theory]
    [MemberData(nameof(Ids))]
    public void ThePageTitleIsTheDescriptorTitle(string id)
    {
        var descriptor = AnalyzerCatalog.Descriptor(id);
        Assert.True(File.Exists(PagePath(id)), $"docs/rules/{id}.md is missing");

        var firstLine = File.ReadLines(PagePath(id)).First();

        Assert.Equal($"# {id}: {descriptor.Title}", firstLine);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void TheHelpLinkPointsAtThePage(string id)
    {
        Assert.EndsWith($"docs/rules/{id}.md", AnalyzerCatalog.Descriptor(id).HelpLinkUri, System.StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void ThePageSaysHowToChangeTheSeverity(string id)
    {
        Assert.Contains($"dotnet_diagnostic.{id}.severity", File.ReadAllText(PagePath(id)), System.StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPageBelongsToADescriptor()
    {
        var ids = AnalyzerCatalog.Descriptors.Select(d => d.Descriptor.Id).ToHashSet();
        var pages = Directory.GetFiles(RepositoryRoot.Combine("docs", "rules"), "*.md").Select(p => Path.GetFileNameWithoutExtension(p)!);

        Assert.All(pages, page => Assert.Contains(page, ids));
    }

    [Fact]
    public void EveryDescriptorIsReportedByAnAnalyzer()
    {
        var supported = AnalyzerCatalog.AnalyzerTypes
            .SelectMany(t => AnalyzerCatalog.CreateAnalyzer(t.Name).SupportedDiagnostics)
            .Select(d => d.Id)
            .ToHashSet();

        Assert.All(AnalyzerCatalog.Descriptors, d => Assert.Contains(d.Descriptor.Id, supported));
    }

    [Fact]
    public void EveryRuleHasATestClassNamedAfterIt()
    {
        var testClasses = typeof(DocumentationTests).Assembly.GetTypes().Select(t => t.FullName ?? t.Name).ToHashSet();

        Assert.All(AnalyzerCatalog.Descriptors, d => Assert.Contains($"FirmwareGuard.Tests.Rules.{d.Name}Tests", testClasses));
    }
}
