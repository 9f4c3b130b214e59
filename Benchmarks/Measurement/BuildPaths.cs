using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace FirmwareGuard.Benchmarks.Measurement;

/// <summary>Package folders recorded at build time (see Benchmarks.csproj), so the benchmark needs no network.</summary>
internal static class BuildPaths
{
    public static string NetAnalyzersPackage => Read("NetAnalyzersPackage");

    /// <summary>The repository this benchmark was built from: the real build packs its Package project.</summary>
    public static string RepositoryRoot => Read("RepositoryRoot");

    /// <summary>The .NET 8 reference assemblies the corpus compiles against (downloaded at restore).</summary>
    public static string ReferenceAssemblies => Path.Combine(Read("NuGetPackageRoot"), "microsoft.netcore.app.ref", "8.0.0", "ref", "net8.0");

    private static string Read(string key) =>
        typeof(BuildPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The build did not record {key}.");
}
