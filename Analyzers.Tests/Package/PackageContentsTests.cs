using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FirmwareGuard.Generators;
using Xunit;

namespace FirmwareGuard.Tests.Package;

[Collection(PackageCollection.Name)]
[Trait("Category", "Integration")]
public class PackageContentsTests
{
    private static readonly Version NewestRoslyn = new(4, 8, 0, 0);

    private readonly PackageFixture package;

    public PackageContentsTests(PackageFixture package)
    {
        this.package = package;
    }

    [Fact]
    public void ThePackageHoldsTheTwoAssembliesForCSharpItsPropsAndReadmeAndNothingElse()
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        var files = archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(
            new[]
            {
                "FirmwareGuard.nuspec",
                "README.md",
                "[Content_Types].xml",
                "_rels/.rels",
                "analyzers/dotnet/cs/FirmwareGuard.Analyzers.dll",
                "analyzers/dotnet/cs/FirmwareGuard.CodeFixes.dll",
                "build/FirmwareGuard.targets",
                "package/services/metadata/core-properties/PROPERTIES.psmdcp",
            },
            files.Select(f => Regex.Replace(f, @"core-properties/[^/]+\.psmdcp$", "core-properties/PROPERTIES.psmdcp")));
    }

    [Fact]
    public void TheManifestIsADevelopmentDependencyWithoutDependenciesAndWithItsMetadata()
    {
        var metadata = Manifest().Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;
        XElement Element(string name) => metadata.Elements().Single(e => e.Name.LocalName == name);

        Assert.Equal("FirmwareGuard", Value("id"));
        Assert.Equal(package.Version, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal(("expression", "MIT"), ((string?)Element("license").Attribute("type"), Value("license")));
        Assert.Equal("README.md", Value("readme"));
        Assert.Contains("hvmloader", Value("tags").Split(' '));
        Assert.Equal("https://github.com/firmwareguard/firmwareguard", (string?)Element("repository").Attribute("url"));
        Assert.Contains("Analyzers/AnalyzerReleases.Shipped.md", Value("releaseNotes"));
        Assert.Contains("Analyzers/AnalyzerReleases.Unshipped.md", Value("releaseNotes"));
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName is "dependencies" or "frameworkAssemblies" or "frameworkReferences");
    }

    [Fact]
    public void TheBuildTargetsDefineTheAttributeSymbolsFromTheSwitches()
    {
        var targets = XDocument.Parse(Entry("build/FirmwareGuard.targets"));

        var defines = targets.Descendants().Where(e => e.Name.LocalName == "DefineConstants").Select(e => ((string?)e.Attribute("Condition") ?? string.Empty, e.Value));

        Assert.Equal(
            new[]
            {
                ("'$(FirmwareGuardKeepMarks)' != 'false'", "$(DefineConstants);" + MarkerAttributeSources.ConditionalSymbol),
                ("'$(FirmwareGuardGenerateAttributes)' == 'false'", "$(DefineConstants);" + MarkerAttributeSources.NotGeneratedSymbol),
            },
            defines);
    }

    [Theory]
    [InlineData("FirmwareGuard.Analyzers.dll", "Microsoft.CodeAnalysis.CSharp")]
    [InlineData("FirmwareGuard.CodeFixes.dll", "Microsoft.CodeAnalysis.Workspaces")]
    public void TheAssembliesReferenceNoRoslynNewerThan48(string assembly, string expectedReference)
    {
        var references = RoslynReferences(assembly);

        Assert.Contains(expectedReference, references.Keys);
        Assert.All(references, reference => Assert.True(reference.Value <= NewestRoslyn, $"{assembly} references {reference.Key} {reference.Value}"));
    }

    [Fact]
    public void TheAnalyzerAssemblyDoesNotReferenceWorkspaces()
    {
        Assert.DoesNotContain(RoslynReferences("FirmwareGuard.Analyzers.dll").Keys, name => name.Contains("Workspaces", StringComparison.Ordinal));
    }

    private Dictionary<string, Version> RoslynReferences(string assembly)
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        using var image = new MemoryStream();
        using (var entry = archive.GetEntry("analyzers/dotnet/cs/" + assembly)!.Open())
        {
            entry.CopyTo(image);
        }

        image.Position = 0;
        using var reader = new PEReader(image);
        var metadata = reader.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(metadata.GetAssemblyReference)
            .Select(reference => (Name: metadata.GetString(reference.Name), reference.Version))
            .Where(reference => reference.Name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .ToDictionary(reference => reference.Name, reference => reference.Version);
    }

    private XDocument Manifest() => XDocument.Parse(Entry("FirmwareGuard.nuspec"));

    private string Entry(string path)
    {
        using var archive = ZipFile.OpenRead(package.PackagePath);
        using var reader = new StreamReader(archive.GetEntry(path)!.Open());
        return reader.ReadToEnd();
    }
}
