using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace FirmwareGuard.Tests.Package;

/// <summary>The SDK's own <c>dotnet format</c> applies FirmwareGuard's fixes from the command line.</summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Integration")]
public class DotnetFormatTests
{
    private readonly PackageFixture package;

    public DotnetFormatTests(PackageFixture package)
    {
        this.package = package;
    }

    [Fact]
    public async Task FormatSplitsTheValueIntoHalvesAndTheProgramPrintsItWhole()
    {
        var consumer = await Consumer.CreateAsync(package, "Format", ConsumerPrograms.SixtyFourBitProgram);

        var format = await consumer.RunAsync("format", "analyzers", "--diagnostics", "FG0001", "--severity", "error");

        Assert.True(format.ExitCode == 0, format.ToString());
        Assert.Contains("""Log.Printf("MMIO hole size %x%08x\n", (uint)(holeSize >> 32), (uint)holeSize);""", consumer.Read("Program.cs"));
        var build = await consumer.BuildAsync();
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Empty(MsBuildDiagnostic.In(build));
        var run = await consumer.RunAsync(consumer.OutputAssembly);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(ConsumerPrograms.FullHoleSize, run.Lines.First());
    }

    [Fact]
    public async Task OneRunFixesEveryKindOfFixableDiagnosticAndTheProgramPrintsWhatItMeant()
    {
        var firmware = typeof(FirmwareGuard.Firmware.Runtime.Doprint).Assembly.Location;
        var consumer = await Consumer.CreateAsync(package, "FormatAll", ConsumerPrograms.EveryFixableKind, $"""
              <ItemGroup>
                <Reference Include="{firmware}" />
              </ItemGroup>
            """);
        consumer.Write(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.FG0003.severity = warning\n");

        var format = await consumer.RunAsync(
            "format", "analyzers", "--diagnostics", "FG0001", "FG0002", "FG0004", "FG0007", "FG0101", "FG0104", "FG0901", "--severity", "info");

        Assert.True(format.ExitCode == 0, format.ToString());
        var build = await consumer.BuildAsync();
        Assert.True(build.ExitCode == 0, build.ToString() + consumer.Read("Program.cs"));
        var left = MsBuildDiagnostic.In(build).Where(d => d.Id != "FG0003").ToList();
        Assert.True(left.Count == 0, string.Join("\n", left) + "\n" + consumer.Read("Program.cs"));
        Assert.Contains("[PrintfShim]", consumer.Read("Program.cs").Split("Trace(")[0].Split("Printf(")[1]);
        var run = await consumer.RunAsync(consumer.OutputAssembly);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(ConsumerPrograms.EveryFixableKindPrints, run.Output.Replace("\r\n", "\n").Split('\n').SkipLast(1));
    }
}
