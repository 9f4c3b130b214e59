using System;
using System.IO;

namespace FirmwareGuard.Tests.Package;

internal static class RepositoryRoot
{
    /// <summary>The folder of <c>FirmwareGuard.sln</c>, found by walking up from the test assembly.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "FirmwareGuard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("FirmwareGuard.sln was not found above " + AppContext.BaseDirectory);
    }
}
