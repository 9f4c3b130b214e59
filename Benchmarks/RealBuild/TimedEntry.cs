using System;

namespace FirmwareGuard.Benchmarks.RealBuild;

/// <summary>
/// One line of the compiler's timing report: an analyzer or generator assembly (<see cref="Type"/> is
/// null; its time is that of all its types) or one type in it, as the report names it
/// (<c>Namespace.Type (ID, ID)</c>).
/// </summary>
internal sealed record TimedEntry(string Assembly, string? Type, double Milliseconds)
{
    /// <summary>The type's name without its namespace, with the IDs it reports: <c>PlatformCompatibilityAnalyzer (CA1416)</c>.</summary>
    public string ShortName
    {
        get
        {
            if (Type is null)
            {
                return Assembly;
            }

            var ids = Type.IndexOf(" (", StringComparison.Ordinal);
            var typeName = ids < 0 ? Type : Type.Substring(0, ids);
            return string.Concat(typeName.AsSpan(typeName.LastIndexOf('.') + 1), ids < 0 ? string.Empty : Type.AsSpan(ids));
        }
    }
}
