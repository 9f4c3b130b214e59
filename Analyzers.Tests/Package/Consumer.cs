using System;
using System.IO;
using System.Threading.Tasks;

namespace FirmwareGuard.Tests.Package;

/// <summary>
/// A console project in a folder of its own that installs the package as a user does (<c>dotnet add
/// package</c>), from a <c>nuget.config</c> that lists the test feed and nothing else. The SDK's own
/// targeting and apphost packs ship with the SDK, so no other source is needed.
/// </summary>
internal sealed class Consumer
{
    private Consumer(string directory, string name)
    {
        Directory = directory;
        Name = name;
    }

    public string Directory { get; }

    public string Name { get; }

    public string OutputAssembly => Path.Combine(Directory, "bin", "Debug", "net10.0", Name + ".dll");

    public static async Task<Consumer> CreateAsync(PackageFixture package, string name, string program, string projectContent = "")
    {
        var directory = Path.Combine(package.Root, name);
        System.IO.Directory.CreateDirectory(directory);
        Write(directory, "nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="test-feed" value="{package.Feed}" />
              </packageSources>
            </configuration>
            """);
        Write(directory, "Directory.Build.props", "<Project />");
        Write(directory, "Directory.Build.targets", "<Project />");
        Write(directory, name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <RestorePackagesPath>{package.Packages}</RestorePackagesPath>
              </PropertyGroup>
            {projectContent}
            </Project>
            """);
        Write(directory, "Program.cs", program);

        var consumer = new Consumer(directory, name);
        var add = await consumer.RunAsync("add", "package", "FirmwareGuard", "--version", package.Version);
        if (add.ExitCode != 0)
        {
            throw new InvalidOperationException("Installing the package failed: " + add);
        }

        return consumer;
    }

    public void Write(string relativePath, string text) => Write(Directory, relativePath, text);

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Directory, relativePath));

    public Task<DotnetRun> BuildAsync(params string[] arguments) => RunAsync(["build", "-tl:off", .. arguments]);

    public Task<DotnetRun> RunAsync(params string[] arguments) => DotnetRun.RunAsync(Directory, arguments);

    private static void Write(string directory, string relativePath, string text) =>
        File.WriteAllText(Path.Combine(directory, relativePath), text.Replace("\r\n", "\n"));
}
