using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace FirmwareGuard.Tests.Package;

/// <summary>
/// Packs the repository's Package project once per test run, with a unique version, into a feed in a
/// temporary folder, where consumer projects restore it into a package folder of their own.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "firmwareguard-package-" + Guid.NewGuid().ToString("N"));

    public string Version { get; } = "0.1.0-test-" + Guid.NewGuid().ToString("N");

    public string Feed => Path.Combine(Root, "feed");

    /// <summary>The consumers' <c>RestorePackagesPath</c>: nothing is restored into the machine's package folder.</summary>
    public string Packages => Path.Combine(Root, "packages");

    public string PackagePath => Path.Combine(Feed, $"FirmwareGuard.{Version}.nupkg");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        var pack = await DotnetRun.RunAsync(
            RepositoryRoot.Path,
            "pack",
            Path.Combine(RepositoryRoot.Path, "Package", "Package.csproj"),
            "-c",
            "Release",
            "-o",
            Feed,
            "-p:Version=" + Version,
            "-tl:off");
        if (pack.ExitCode != 0 || !File.Exists(PackagePath))
        {
            throw new InvalidOperationException("Packing FirmwareGuard failed: " + pack);
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Package";
}
