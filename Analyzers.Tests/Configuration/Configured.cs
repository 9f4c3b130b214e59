using FirmwareGuard.Tests.Verifiers;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace FirmwareGuard.Tests.Configuration;

/// <summary>An analyzer test of one source file with <c>.editorconfig</c> settings for every C# file.</summary>
internal static class Configured
{
    public static Verify<TAnalyzer, EmptyCodeFixProvider>.Test Test<TAnalyzer>(string source, string editorConfigSettings = "")
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new Verify<TAnalyzer, EmptyCodeFixProvider>.Test { TestCode = source };
        if (editorConfigSettings.Length > 0)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfigSettings + "\n"));
        }

        return test;
    }
}
