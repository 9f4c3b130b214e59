using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace FirmwareGuard.Tests.Package;

/// <summary>The SDK's own <c>dotnet format</c> applies FirmwareGuard's fixes from the command line.</summary>
[Collection(PackageCollection.Name)]
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
}
