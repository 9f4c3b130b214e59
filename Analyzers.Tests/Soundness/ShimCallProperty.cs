using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Threading.Tasks;
using FirmwareGuard.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace FirmwareGuard.Tests.Soundness;

/// <summary>
/// The soundness property, for any printer: generated shim calls are compiled and analysed, then run
/// with several value sets, and what the printer prints is compared with what the intended printf
/// prints. (a) A call without an error-severity FirmwareGuard diagnostic prints exactly the intended
/// text. (b) A call with FG0001, FG0002, FG0003 or FG0005 prints differently, or faults, for at least
/// one value set. A printer or intended printf returns null where it gives no output (a fault, a
/// type that does not fit), which never matches.
/// </summary>
internal sealed class ShimCallProperty
{
    private static readonly string[] MustDiffer = { "FG0001", "FG0002", "FG0003", "FG0005" };

    private readonly string shimAttribute;
    private readonly string shimName;
    private readonly Func<string, IReadOnlyList<object?>, string?> intended;
    private readonly Func<string, IReadOnlyList<object?>, string?> printed;

    /// <param name="shimAttribute">The shim's attribute as written, <c>PrintfShim</c> or <c>PrintfShim("seabios")</c>.</param>
    /// <param name="shimName">The shim method's name.</param>
    /// <param name="intended">What the call means to print: each directive given its own argument in full.</param>
    /// <param name="printed">What the printer prints, or null where it faults.</param>
    public ShimCallProperty(string shimAttribute, string shimName, Func<string, IReadOnlyList<object?>, string?> intended, Func<string, IReadOnlyList<object?>, string?> printed)
    {
        this.shimAttribute = shimAttribute;
        this.shimName = shimName;
        this.intended = intended;
        this.printed = printed;
    }

    public async Task<PropertyOutcome> Check(IReadOnlyList<GeneratedCall> calls, int seed, int valueSets)
    {
        var compilation = Compile(calls);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(5)));

        var diagnostics = await Diagnostics(compilation);
        var (assembly, context) = Load(compilation);
        try
        {
            var received = new List<(string Format, object?[] Arguments)>();
            assembly.GetType("Soundness.Shim")!.GetField("Sink")!.SetValue(
                null,
                new Action<string, object?[]?>((format, arguments) => received.Add((format, arguments ?? Array.Empty<object?>()))));
            SoundnessTypes.Small = assembly.GetType("Soundness.Small")!;
            SoundnessTypes.Wide = assembly.GetType("Soundness.Wide")!;
            var callsType = assembly.GetType("Soundness.Calls")!;

            var outcome = new PropertyOutcome(calls.Count, valueSets, MustDiffer);
            var random = new Random(seed);
            foreach (var call in calls)
            {
                var ids = diagnostics.TryGetValue(call.MethodName, out var found) ? found : new HashSet<string>();
                var isError = ids.Any(id => Descriptor(id).DefaultSeverity == DiagnosticSeverity.Error);
                var differs = false;
                for (var set = 0; set < valueSets; set++)
                {
                    var values = call.Arguments.Where(a => a.TypeName is not null).Select(a => a.Draw(set, random)).ToArray();
                    received.Clear();
                    callsType.GetMethod(call.MethodName)!.Invoke(null, values);
                    var (format, arguments) = received.Single();
                    var expected = intended(format, arguments);
                    var actual = printed(format, arguments);
                    if (actual is null || actual != expected)
                    {
                        differs = true;
                        if (!isError)
                        {
                            outcome.Fail(
                                $"{call.MethodName}: {Describe(call)} with [{string.Join(", ", arguments.Select(Show))}] "
                                + $"prints {Show(actual)}, the intended printf prints {Show(expected)}; FirmwareGuard reported: {string.Join(", ", ids.DefaultIfEmpty("nothing"))}");
                        }
                    }
                }

                if (isError)
                {
                    outcome.Flag(ids);
                    if (!differs && ids.Intersect(MustDiffer).Any())
                    {
                        outcome.Fail($"{call.MethodName}: {Describe(call)} was reported ({string.Join(", ", ids)}) but prints the intended text for every value set");
                    }
                }
                else
                {
                    outcome.Accept();
                }
            }

            return outcome;
        }
        finally
        {
            context.Unload();
        }
    }

    private static DiagnosticDescriptor Descriptor(string id) =>
        new CallAnalyzer().SupportedDiagnostics.Single(d => d.Id == id);

    private string Describe(GeneratedCall call) =>
        $"[{shimAttribute}] {shimName}({SymbolDisplay.FormatLiteral(call.Format, quote: true)}{string.Concat(call.Arguments.Select(a => ", " + (a.TypeName ?? "null")))})";

    private static string Show(object? value) => value switch
    {
        null => "null (a fault, or no output)",
        string text => SymbolDisplay.FormatLiteral(text, quote: true),
        byte[] bytes => $"(byte[]){{{string.Join(", ", bytes)}}}",
        char[] characters => "(char[])" + SymbolDisplay.FormatLiteral(new string(characters), quote: true),
        _ => $"({value.GetType().Name}){value}",
    };

    private CSharpCompilation Compile(IReadOnlyList<GeneratedCall> calls)
    {
        var source = new StringBuilder();
        source.AppendLine("#nullable enable");
        source.AppendLine("namespace Soundness {");
        source.AppendLine("[System.AttributeUsage(System.AttributeTargets.Method)] public sealed class PrintfShimAttribute : System.Attribute {");
        source.AppendLine("    public PrintfShimAttribute() { }");
        source.AppendLine("    public PrintfShimAttribute(string dialect) { }");
        source.AppendLine("}");
        source.AppendLine("public static class Shim {");
        source.AppendLine("    public static System.Action<string, object?[]?>? Sink;");
        source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"    [{shimAttribute}] public static void {shimName}(string format, params object?[]? args) => Sink!(format, args);");
        source.AppendLine("}");
        source.AppendLine("public static class Calls {");
        foreach (var call in calls)
        {
            var parameters = call.Arguments.Select((a, i) => (a, i)).Where(p => p.a.TypeName is not null).Select(p => $"{p.a.TypeName} a{p.i}");
            var arguments = call.Arguments.Select((a, i) => a.TypeName is null ? "null" : "a" + i);
            source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"    public static void {call.MethodName}({string.Join(", ", parameters)}) => Shim.{shimName}({SymbolDisplay.FormatLiteral(call.Format, quote: true)}{string.Concat(arguments.Select(a => ", " + a))});");
        }

        source.AppendLine("}");
        source.AppendLine("}");
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p));
        return TestCompilation.Create("Soundness.Calls", new[] { TestCompilation.Parse(source.ToString()), TestCompilation.Parse(SoundnessTypes.Source) }, references);
    }

    /// <summary>The FirmwareGuard diagnostic IDs reported inside each generated method.</summary>
    private static async Task<Dictionary<string, HashSet<string>>> Diagnostics(CSharpCompilation compilation)
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new CallAnalyzer());
        var diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync();
        var byMethod = new Dictionary<string, HashSet<string>>();
        foreach (var diagnostic in diagnostics)
        {
            Assert.True(diagnostic.Id.StartsWith("FG", StringComparison.Ordinal), diagnostic.ToString());
            var method = diagnostic.Location.SourceTree!.GetRoot().FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<MethodDeclarationSyntax>()!;
            var name = method.Identifier.Text;
            if (!byMethod.TryGetValue(name, out var ids))
            {
                byMethod[name] = ids = new HashSet<string>();
            }

            ids.Add(diagnostic.Id);
        }

        return byMethod;
    }

    private static (Assembly Assembly, AssemblyLoadContext Context) Load(CSharpCompilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        image.Position = 0;
        var context = new AssemblyLoadContext("Soundness", isCollectible: true);
        return (context.LoadFromStream(image), context);
    }
}
