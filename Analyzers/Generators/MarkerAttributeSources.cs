using System.Collections.Immutable;
using System.Linq;
using FirmwareGuard.Calls;
using FirmwareGuard.Logging;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Generators;

/// <summary>
/// The source of each attribute the package adds to a consumer's compilation: internal, sealed, in
/// namespace <c>FirmwareGuard</c>, with the names the analyzers match, and
/// <c>[Conditional("FIRMWAREGUARD_ATTRIBUTES")]</c> so that their uses are left out of the built
/// assembly unless the project defines that symbol (which lets the marks travel to other assemblies).
/// </summary>
internal static class MarkerAttributeSources
{
    public const string Namespace = "FirmwareGuard";

    public const string ConditionalSymbol = "FIRMWAREGUARD_ATTRIBUTES";

    public static ImmutableArray<MarkerAttributeSource> All { get; } = ImmutableArray.Create(
        new MarkerAttributeSource(
            MarkerAttributes.PrintfShim,
            ShimResolver.AttributeName,
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
            MarkerAttributes.LogRole,
            RoleResolver.AttributeName,
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
            MarkerAttributes.MustLog,
            Messages.MustLogAttributeName,
            "Method",
            """
                /// <summary>
                /// Marks a method whose calls must be logged first (rule FG0103): on every path to a call,
                /// a shim call must print each argument whose parameter carries <see cref="LogRoleAttribute"/>.
                /// </summary>
            """,
            """
                    /// <summary>Calls to the marked method must be logged first.</summary>
                    public MustLogAttribute()
                    {
                    }
            """));

    /// <summary>The attributes that may be generated without clashing with one the compilation can already see.</summary>
    public static MarkerAttributes MissingFrom(Compilation compilation)
    {
        var missing = MarkerAttributes.None;
        foreach (var attribute in All)
        {
            var existing = compilation.GetTypesByMetadataName(Namespace + "." + attribute.Name);
            if (!existing.Any(type => compilation.IsSymbolAccessibleWithin(type, compilation.Assembly)))
            {
                missing |= attribute.Flag;
            }
        }

        return missing;
    }
}
