using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FirmwareGuard.Catalog;
using Xunit;

namespace FirmwareGuard.Tests.Package;

/// <summary><c>dotnet build</c> of a project that installed the package and passes a 64-bit value to its printf shim.</summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Integration")]
public class ConsumerBuildTests
{
    private readonly PackageFixture package;

    public ConsumerBuildTests(PackageFixture package)
    {
        this.package = package;
    }

    [Fact]
    public async Task TheBuildFailsWithFG0001AtTheArgument()
    {
        var consumer = await Consumer.CreateAsync(package, "BuildFails", ConsumerPrograms.SixtyFourBitProgram);

        var build = await consumer.BuildAsync();

        Assert.NotEqual(0, build.ExitCode);
        var (line, column) = ConsumerPrograms.HoleSizeArgument(ConsumerPrograms.SixtyFourBitProgram);
        var error = Assert.Single(MsBuildDiagnostic.In(build), d => d.Severity == "error");
        Assert.Equal((Path.Combine(consumer.Directory, "Program.cs"), line, column, "FG0001"), (error.File, error.Line, error.Column, error.Id));
        Assert.StartsWith("`holeSize` (ulong) takes two 32-bit slots on hvmloader's printf", error.Message);
    }

    [Theory]
    [InlineData("warning")]
    [InlineData("none")]
    public async Task EditorConfigSetsTheSeverity(string severity)
    {
        var consumer = await Consumer.CreateAsync(package, "Severity" + severity, ConsumerPrograms.SixtyFourBitProgram);
        consumer.Write(".editorconfig", $"root = true\n\n[*.cs]\ndotnet_diagnostic.FG0001.severity = {severity}\n");

        var build = await consumer.BuildAsync();

        Assert.True(build.ExitCode == 0, build.ToString());
        var findings = MsBuildDiagnostic.In(build).Select(d => (d.Severity, d.Id)).ToList();
        Assert.Equal(severity == "warning" ? new[] { ("warning", "FG0001") } : System.Array.Empty<(string, string)>(), findings);
    }

    [Fact]
    public async Task AMessageQuotingANewlineStaysOnItsLineWithItsHelpLink()
    {
        var consumer = await Consumer.CreateAsync(package, "OneLine", ConsumerPrograms.StrayPercent);

        var build = await consumer.BuildAsync();

        var finding = Assert.Single(MsBuildDiagnostic.In(build), d => d.Id == "FG0002");
        Assert.Equal(
            "`%\\n`: hvmloader's printf drops '%', prints the text '\\n' and consumes no argument (" + Descriptors.UnsupportedDirective.HelpLinkUri + ")",
            finding.Message);
    }

    [Fact]
    public async Task AnErrorLogIsSarif210WithTheRuleAndItsHelpLink()
    {
        var consumer = await Consumer.CreateAsync(package, "Sarif", ConsumerPrograms.SixtyFourBitProgram);
        var log = Path.Combine(consumer.Directory, "out.sarif");

        var build = await consumer.BuildAsync("-p:ErrorLog=" + log + "%2Cversion=2.1");

        Assert.NotEqual(0, build.ExitCode);
        using var sarif = JsonDocument.Parse(File.ReadAllText(log));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = Assert.Single(sarif.RootElement.GetProperty("runs").EnumerateArray());
        var result = Assert.Single(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "FG0001");
        Assert.Equal("error", result.GetProperty("level").GetString());
        var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(
            ConsumerPrograms.HoleSizeArgument(ConsumerPrograms.SixtyFourBitProgram),
            (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32()));
        var rule = Assert.Single(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "FG0001");
        Assert.Equal(Descriptors.SixtyFourBitArgument.HelpLinkUri, rule.GetProperty("helpUri").GetString());
    }
}
