using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace FirmwareGuard.Tests.Meta;

/// <summary>README's rule table lists every descriptor once, with its page, default severity and title.</summary>
public partial class ReadmeRuleTableTests
{
    [Fact]
    public void TheTableIsTheCatalog()
    {
        var rows = File.ReadLines(RepositoryRoot.Combine("README.md"))
            .Select(line => Row().Match(line))
            .Where(match => match.Success)
            .Select(match => (Id: match.Groups["id"].Value, Page: match.Groups["page"].Value, Severity: match.Groups["severity"].Value, Title: match.Groups["title"].Value.Trim()))
            .ToList();

        Assert.Equal(
            AnalyzerCatalog.Descriptors.Select(d => (d.Descriptor.Id, $"docs/rules/{d.Descriptor.Id}.md", d.Descriptor.DefaultSeverity.ToString(), d.Descriptor.Title.ToString(CultureInfo.InvariantCulture))),
            rows.Select(row => (row.Id, row.Page, row.Severity, row.Title)));
    }

    [GeneratedRegex(@"^\| \[(?<id>FG\d{4})\]\((?<page>[^)]+)\) \| (?<severity>\w+) \| (?<title>[^|]+) \|$")]
    private static partial Regex Row();
}
