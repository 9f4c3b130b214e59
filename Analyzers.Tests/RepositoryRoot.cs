using System;
using System.IO;
using System.Linq;

namespace FirmwareGuard.Tests;

/// <summary>The checkout the tests run from: the first folder above the test assembly that holds FirmwareGuard.sln.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    /// <summary>A path inside the repository, e.g. <c>Combine("docs", "rules", "FG0001.md")</c>.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine(parts.Prepend(Root.Value).ToArray());

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "FirmwareGuard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No FirmwareGuard.sln above {AppContext.BaseDirectory}");
    }
}
