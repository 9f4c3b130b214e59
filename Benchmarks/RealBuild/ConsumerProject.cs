using System;
using System.IO;
using FirmwareGuard.Benchmarks.Corpus;
using FirmwareGuard.Benchmarks.Measurement;

namespace FirmwareGuard.Benchmarks.RealBuild;

/// <summary>
/// A library project in a temporary folder holding a generated corpus and referencing the FirmwareGuard
/// package, packed from this repository into a feed of its own. Its <c>nuget.config</c> lists that feed
/// and nothing else, and it restores into a package folder of its own, so the build uses exactly the
/// packed analyzers; the SDK's own analyzers and generators run as in any project.
/// </summary>
internal sealed class ConsumerProject : IDisposable
{
    private const string Name = "FirmwareCorpus";

    private readonly string root = Path.Combine(Path.GetTempPath(), "firmwareguard-realbuild-" + Guid.NewGuid().ToString("N"));

    private ConsumerProject()
    {
    }

    public string Directory => Path.Combine(root, "project");

    private string Feed => Path.Combine(root, "feed");

    private string Packages => Path.Combine(root, "packages");

    /// <summary>Packs the package, writes the project and the corpus, and restores it.</summary>
    public static ConsumerProject Create(GeneratedCorpus corpus)
    {
        var project = new ConsumerProject();
        try
        {
            project.Write(corpus);
            return project;
        }
        catch
        {
            project.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(root))
        {
            System.IO.Directory.Delete(root, recursive: true);
        }
    }

    private void Write(GeneratedCorpus corpus)
    {
        var version = "0.1.0-bench-" + Guid.NewGuid().ToString("N");
        System.IO.Directory.CreateDirectory(Feed);
        System.IO.Directory.CreateDirectory(Directory);
        Require(Dotnet.Run(BuildPaths.RepositoryRoot, "pack", Path.Combine("Package", "Package.csproj"), "-c", "Release", "-o", Feed, "-p:Version=" + version, "-tl:off"), "Packing FirmwareGuard");

        WriteFile("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="benchmark-feed" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        WriteFile("Directory.Build.props", "<Project />");
        WriteFile("Directory.Build.targets", "<Project />");
        WriteFile(Name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>disable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <RestorePackagesPath>{Packages}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FirmwareGuard" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        foreach (var tree in corpus.Trees)
        {
            WriteFile(tree.FilePath, tree.GetText().ToString());
        }

        Require(Dotnet.Run(Directory, "restore", "-tl:off"), "Restoring the corpus project");
    }

    private void WriteFile(string relativePath, string text) =>
        File.WriteAllText(Path.Combine(Directory, relativePath), text.Replace("\r\n", "\n"));

    private static void Require((int ExitCode, string Output) run, string what)
    {
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} failed:\n{run.Output}");
        }
    }
}
