using System;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Generators;

/// <summary>
/// Adds <c>PrintfShimAttribute</c>, <c>LogRoleAttribute</c> and <c>MustLogAttribute</c> (namespace
/// <c>FirmwareGuard</c>) to every compilation the package is in, so a project can mark its shims
/// without writing the attributes or referencing anything at run time. An attribute the compilation
/// can already see under that name (its own, or one from a referenced assembly it can access) is not
/// generated; the MSBuild property <c>FirmwareGuardGenerateAttributes=false</c> turns all of them off.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class MarkerAttributeGenerator : IIncrementalGenerator
{
    public const string SwitchProperty = "FirmwareGuardGenerateAttributes";

    /// <summary>The tracking name of the step that decides which attributes a compilation lacks.</summary>
    public const string MissingAttributesStep = "MissingAttributes";

    private static readonly string Version = typeof(MarkerAttributeGenerator).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var enabled = context.AnalyzerConfigOptionsProvider.Select(static (options, _) =>
            !(options.GlobalOptions.TryGetValue("build_property." + SwitchProperty, out var value)
              && string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase)));
        var missing = context.CompilationProvider.Select(static (compilation, _) => MarkerAttributeSources.MissingFrom(compilation))
            .WithTrackingName(MissingAttributesStep);

        context.RegisterSourceOutput(enabled.Combine(missing), static (output, input) =>
        {
            var (isEnabled, attributes) = input;
            if (!isEnabled)
            {
                return;
            }

            foreach (var attribute in MarkerAttributeSources.All)
            {
                if ((attributes & attribute.Flag) != 0)
                {
                    output.AddSource(attribute.HintName, attribute.Text(Version));
                }
            }
        });
    }
}
