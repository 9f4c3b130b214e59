using System.Globalization;
using FirmwareGuard.Rules;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.CodeFixes;

/// <summary>The directive and argument indexes the analyzer stores in a diagnostic for its fix.</summary>
internal static class DiagnosticData
{
    public static int? DirectiveIndex(Diagnostic diagnostic) => Read(diagnostic, DiagnosticProperties.DirectiveIndex);

    public static int? ArgumentIndex(Diagnostic diagnostic) => Read(diagnostic, DiagnosticProperties.ArgumentIndex);

    private static int? Read(Diagnostic diagnostic, string key) =>
        diagnostic.Properties.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
