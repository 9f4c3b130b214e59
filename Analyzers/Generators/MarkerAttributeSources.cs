using System.Collections.Immutable;
using System.Linq;
using FirmwareGuard.Marks;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Generators;

/// <summary>
/// The source of each attribute the package adds to a consumer's compilation: internal, sealed, in
/// namespace <c>FirmwareGuard</c>, with the names the analyzers match. Two preprocessor symbols,
/// which the package's build targets define from MSBuild switches, shape them: without
/// <see cref="ConditionalSymbol"/> (<c>FirmwareGuardKeepMarks=false</c>) their uses are left out of
/// the built assembly, so the marks do not reach other assemblies; with <see cref="NotGeneratedSymbol"/>
/// (<c>FirmwareGuardGenerateAttributes=false</c>) there is no attribute at all, for a project that
/// declares its own.
/// </summary>
internal static class MarkerAttributeSources
{
    public const string Namespace = "FirmwareGuard";

    public const string ConditionalSymbol = "FIRMWAREGUARD_ATTRIBUTES";

    public const string NotGeneratedSymbol = "FIRMWAREGUARD_NO_GENERATED_ATTRIBUTES";

    public static ImmutableArray<MarkerAttributeSource> All { get; } = ImmutableArray.Create(
        new MarkerAttributeSource(
            MarkerAttributeNames.PrintfShim,
            "Method",
            """
                /// <summary>
                /// Marks a C-style printf shim: the <c>string</c> parameter right before the variable
                /// arguments (<c>params object?[]</c>, <c>params ReadOnlySpan&lt;object?&gt;</c> or
                /// <c>__arglist</c>) is its format, and FirmwareGuard checks every call against the
                /// printer's dialect.
                /// </summary>
            """,
            """
                    /// <summary>The printer is the one <c>firmwareguard.dialect</c> names (default <c>hvmloader</c>).</summary>
                    public PrintfShimAttribute()
                    {
                    }

                    /// <summary>The printer is the named dialect: <c>hvmloader</c>, <c>seabios</c>, or one from a <c>*.printf-dialects.ini</c> file.</summary>
                    public PrintfShimAttribute(string dialect)
                    {
                        Dialect = dialect;
                    }

                    /// <summary>The dialect's name, or null for the configured default.</summary>
                    public string Dialect { get; set; }
            """),
        new MarkerAttributeSource(
            MarkerAttributeNames.LogRole,
            "Field | global::System.AttributeTargets.Property | global::System.AttributeTargets.Parameter | global::System.AttributeTargets.Method",
            """
                /// <summary>
                /// Says what a printed value identifies in a firmware log message (rules FG0102 and FG0103):
                /// <c>"device"</c>, <c>"register"</c>, <c>"size"</c> or <c>"address"</c>.
                /// </summary>
            """,
            """
                    public LogRoleAttribute(string role)
                    {
                        Role = role;
                    }

                    /// <summary><c>device</c>, <c>register</c>, <c>size</c> or <c>address</c>.</summary>
                    public string Role { get; }
            """),
        new MarkerAttributeSource(
            MarkerAttributeNames.MustLog,
            "Method",
            """
                /// <summary>
                /// Marks a method whose calls must be logged first (rule FG0103): on every path to a call,
                /// a shim call must print each argument whose parameter carries <c>[LogRole]</c>.
                /// </summary>
            """,
            """
                    /// <summary>Calls to the marked method must be logged first.</summary>
                    public MustLogAttribute()
                    {
                    }
            """));

    /// <summary>Whether a type is one of the generated attributes (by full name: a project's own copy under that name counts too).</summary>
    public static bool IsGenerated(ITypeSymbol type) =>
        type.ContainingNamespace is { Name: Namespace, ContainingNamespace.IsGlobalNamespace: true }
        && type.ContainingType is null
        && All.Any(attribute => attribute.Name == type.Name);
}
