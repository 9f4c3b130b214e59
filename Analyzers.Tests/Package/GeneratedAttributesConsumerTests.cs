using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Threading.Tasks;
using FirmwareGuard.Tests.Generators;
using Xunit;

namespace FirmwareGuard.Tests.Package;

/// <summary>A project that writes <c>using FirmwareGuard;</c> and the attributes, and defines none of them.</summary>
[Collection(PackageCollection.Name)]
[Trait("Category", "Integration")]
public class GeneratedAttributesConsumerTests
{
    private readonly PackageFixture package;

    public GeneratedAttributesConsumerTests(PackageFixture package)
    {
        this.package = package;
    }

    [Fact]
    public async Task ItBuildsIsCheckedKeepsTheMarksAndReferencesNothingOfFirmwareGuard()
    {
        var consumer = await Consumer.CreateAsync(
            package,
            "Attributes",
            ConsumerPrograms.GeneratedAttributes,
            """  <ItemGroup><AdditionalFiles Include="board.printf-dialects.ini" /></ItemGroup>""");
        consumer.Write("board.printf-dialects.ini", ConsumerPrograms.UartDialect);

        var build = await consumer.BuildAsync();

        Assert.True(build.ExitCode == 0, build.ToString());
        var finding = Assert.Single(MsBuildDiagnostic.In(build));
        Assert.Equal(("warning", "FG0004", ConsumerPrograms.LineOf(ConsumerPrograms.GeneratedAttributes, "Log.Printf(\"done\\n\", target);")), (finding.Severity, finding.Id, finding.Line));

        using var reader = new PEReader(File.OpenRead(consumer.OutputAssembly));
        var metadata = reader.GetMetadataReader();
        Assert.Equal(new[] { "LogRoleAttribute", "MustLogAttribute", "PrintfShimAttribute" }, GeneratedAttributeUses.In(metadata).Distinct().OrderBy(n => n, StringComparer.Ordinal));
        foreach (var name in GeneratedAttributeUses.Names)
        {
            var type = Assert.Single(metadata.TypeDefinitions.Select(metadata.GetTypeDefinition), t => metadata.GetString(t.Name) == name);
            Assert.Equal(("FirmwareGuard", TypeAttributes.NotPublic), (metadata.GetString(type.Namespace), type.Attributes & TypeAttributes.VisibilityMask));
        }

        var references = metadata.AssemblyReferences.Select(r => metadata.GetString(metadata.GetAssemblyReference(r).Name)).ToList();
        Assert.Contains("System.Runtime", references);
        Assert.DoesNotContain(references, r => r.StartsWith("FirmwareGuard", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(consumer.OutputAssembly)!, "FirmwareGuard*"));
    }

    [Fact]
    public async Task TheMsBuildPropertyTurnsTheGeneratedAttributesOff()
    {
        var consumer = await Consumer.CreateAsync(
            package,
            "NoAttributes",
            ConsumerPrograms.SixtyFourBitProgram,
            """  <PropertyGroup><FirmwareGuardGenerateAttributes>false</FirmwareGuardGenerateAttributes></PropertyGroup>""");

        var build = await consumer.BuildAsync();

        Assert.NotEqual(0, build.ExitCode);
        var errors = MsBuildDiagnostic.In(build).Where(d => d.Severity == "error").Select(d => d.Id).Distinct();
        Assert.Equal(new[] { "CS0246" }, errors);
    }
}
