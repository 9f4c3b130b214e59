using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Generators;

/// <summary>
/// Adds <c>PrintfShimAttribute</c>, <c>LogRoleAttribute</c> and <c>MustLogAttribute</c> (namespace
/// <c>FirmwareGuard</c>) to every compilation the package is in, so a project can mark its shims
/// without writing the attributes or referencing anything at run time. The text is constant, so it
/// is added once, as post-initialization output: the generator never looks at the compilation and
/// an edit runs none of it. What a project opts out of is decided by <c>#if</c> symbols in the text,
/// which the package's build targets define from MSBuild switches (<see cref="MarkerAttributeSources"/>).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class MarkerAttributeGenerator : IIncrementalGenerator
{
    private static readonly string Version = typeof(MarkerAttributeGenerator).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static output =>
        {
            foreach (var attribute in MarkerAttributeSources.All)
            {
                output.AddSource(attribute.HintName, attribute.Text(Version));
            }
        });
    }
}
