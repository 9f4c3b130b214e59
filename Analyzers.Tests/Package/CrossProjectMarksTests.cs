using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Threading.Tasks;
using FirmwareGuard.Tests.Generators;
using Xunit;

namespace FirmwareGuard.Tests.Package;

/// <summary>
/// A shim library and the project that calls it, both with the package, the library's internals
/// visible to the caller: <c>dotnet build</c> of the caller checks its calls to the library's marked
/// shims, and neither project gets a warning from the two copies of the generated attributes.
/// </summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Integration")]
public class CrossProjectMarksTests
{
    private readonly PackageFixture package;

    public CrossProjectMarksTests(PackageFixture package)
    {
        this.package = package;
    }

    [Fact]
    public async Task CallsIntoAMarkedLibraryAreCheckedAtTheCaller()
    {
        var platform = await Consumer.CreateAsync(package, "Platform", ConsumerPrograms.PlatformLibrary, """  <PropertyGroup><OutputType>Library</OutputType></PropertyGroup>""");
        var drivers = await Consumer.CreateAsync(package, "Drivers", ConsumerPrograms.Drivers, """  <ItemGroup><ProjectReference Include="../Platform/Platform.csproj" /></ItemGroup>""");

        var build = await drivers.BuildAsync();

        var program = Path.Combine(drivers.Directory, "Program.cs");
        var findings = MsBuildDiagnostic.In(build).Select(d => (d.Id, d.File, d.Line)).OrderBy(f => f.Id).ToList();
        Assert.Equal(
            new[]
            {
                ("FG0001", program, ConsumerPrograms.LineOf(ConsumerPrograms.Drivers, "Log.Printf(\"hole %x\\n\", holeSize);")),
                ("FG0103", program, ConsumerPrograms.LineOf(ConsumerPrograms.Drivers, "Physmap.Move(to, pages);")),
            },
            findings);

        using var reader = new PEReader(File.OpenRead(platform.OutputAssembly));
        Assert.Contains("PrintfShimAttribute", GeneratedAttributeUses.In(reader.GetMetadataReader()));
    }

    [Fact]
    public async Task TheOptOutLeavesTheMarksOutOfTheAssembly()
    {
        var platform = await Consumer.CreateAsync(
            package,
            "PlatformNoMarks",
            ConsumerPrograms.PlatformLibrary,
            """  <PropertyGroup><OutputType>Library</OutputType><FirmwareGuardKeepMarks>false</FirmwareGuardKeepMarks></PropertyGroup>""");

        var build = await platform.BuildAsync();

        Assert.True(build.ExitCode == 0, build.ToString());
        using var reader = new PEReader(File.OpenRead(platform.OutputAssembly));
        Assert.Empty(GeneratedAttributeUses.In(reader.GetMetadataReader()));
    }
}
