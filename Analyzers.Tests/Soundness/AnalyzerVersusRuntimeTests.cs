using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Threading.Tasks;
using FirmwareGuard.Dialects;
using FirmwareGuard.Firmware.Runtime;
using FirmwareGuard.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace FirmwareGuard.Tests.Soundness;

/// <summary>
/// The core soundness property: random calls are compiled and analysed, then run through
/// the firmware's printf model with several value sets and compared with C's printf printing the
/// full values. (a) A call without an error-severity FirmwareGuard diagnostic prints exactly what C
/// prints, apart from the cosmetic difference the dialect declares. (b) A call with FG0001, FG0002,
/// FG0003 or FG0005 prints differently, or faults, for at least one value set.
/// </summary>
public class AnalyzerVersusRuntimeTests
{
    private const int Seed = 20130624;
    private const int CallCount = 1200;
    private const int ValueSets = 6;
    private static readonly string[] MustDiffer = { "FG0001", "FG0002", "FG0003", "FG0005" };

    private readonly ITestOutputHelper output;

    public AnalyzerVersusRuntimeTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public async Task CallsTheAnalyzerAcceptsPrintWhatCPrintsAndCallsItFlagsDoNot()
    {
        var generator = new CallGenerator(Seed);
        var calls = Enumerable.Range(0, CallCount).Select(generator.Next).ToList();
        var compilation = Compile(calls);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(5)));

        var diagnostics = await Diagnostics(compilation);
        var (assembly, context) = Load(compilation);
        try
        {
            var printed = new List<(string Format, object?[] Arguments)>();
            SetSink(assembly, (format, arguments) => printed.Add((format, arguments ?? Array.Empty<object?>())));
            SoundnessTypes.Small = assembly.GetType("Soundness.Small")!;
            SoundnessTypes.Wide = assembly.GetType("Soundness.Wide")!;
            var callsType = assembly.GetType("Soundness.Calls")!;
            var signBeforePadding = DialectSet.BuiltIn.TryGet("hvmloader", out var hvmloader) && hvmloader.SignBeforePadding;

            var accepted = 0;
            var flagged = 0;
            var flaggedByRule = MustDiffer.ToDictionary(id => id, _ => 0);
            var failures = new List<string>();
            var random = new Random(Seed);
            foreach (var call in calls)
            {
                var ids = diagnostics.TryGetValue(call.MethodName, out var found) ? found : new HashSet<string>();
                var isError = ids.Any(id => Descriptor(id).DefaultSeverity == DiagnosticSeverity.Error);
                var differs = false;
                for (var set = 0; set < ValueSets; set++)
                {
                    var values = call.Arguments.Where(a => a.TypeName is not null).Select(a => a.Draw(set, random)).ToArray();
                    printed.Clear();
                    callsType.GetMethod(call.MethodName)!.Invoke(null, values);
                    var (format, arguments) = printed.Single();
                    var expected = ReferencePrintf.Format(format, arguments, signBeforePadding);
                    string? actual;
                    try
                    {
                        actual = Doprint.Emit(format, arguments);
                    }
                    catch (FirmwareFault)
                    {
                        actual = null;
                    }

                    if (actual is null || actual != expected)
                    {
                        differs = true;
                        if (!isError && failures.Count < 10)
                        {
                            failures.Add($"{call.MethodName}: {Describe(call)} with [{string.Join(", ", arguments.Select(Show))}] "
                                + $"prints {Show(actual)}, C prints {Show(expected)}; FirmwareGuard reported: {string.Join(", ", ids.DefaultIfEmpty("nothing"))}");
                        }
                    }
                }

                if (isError)
                {
                    flagged++;
                    foreach (var id in ids.Intersect(MustDiffer))
                    {
                        flaggedByRule[id]++;
                    }

                    if (!differs && ids.Intersect(MustDiffer).Any() && failures.Count < 10)
                    {
                        failures.Add($"{call.MethodName}: {Describe(call)} was reported ({string.Join(", ", ids)}) but prints what C prints for every value set");
                    }
                }
                else
                {
                    accepted++;
                }
            }

            output.WriteLine($"{calls.Count} calls x {ValueSets} value sets: {accepted} accepted, {flagged} flagged with an error "
                + $"({string.Join(", ", flaggedByRule.Select(p => $"{p.Key}: {p.Value}"))}).");
            Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
            Assert.True(accepted >= 300 && flagged >= 300, $"the generator should give both kinds of call: {accepted} accepted, {flagged} flagged");
        }
        finally
        {
            context.Unload();
        }
    }

    private static DiagnosticDescriptor Descriptor(string id) =>
        new CallAnalyzer().SupportedDiagnostics.Single(d => d.Id == id);

    private static string Describe(GeneratedCall call) =>
        $"Printf({SymbolDisplay.FormatLiteral(call.Format, quote: true)}{string.Concat(call.Arguments.Select(a => ", " + (a.TypeName ?? "null")))})";

    private static string Show(object? value) => value switch
    {
        null => "null (a fault)",
        string text => SymbolDisplay.FormatLiteral(text, quote: true),
        _ => $"({value.GetType().Name}){value}",
    };

    private static CSharpCompilation Compile(IReadOnlyList<GeneratedCall> calls)
    {
        var source = new StringBuilder();
        source.AppendLine("#nullable enable");
        source.AppendLine("namespace Soundness {");
        source.AppendLine("[System.AttributeUsage(System.AttributeTargets.Method)] public sealed class PrintfShimAttribute : System.Attribute { }");
        source.AppendLine("public static class Shim {");
        source.AppendLine("    public static System.Action<string, object?[]?>? Sink;");
        source.AppendLine("    [PrintfShim] public static void Printf(string format, params object?[]? args) => Sink!(format, args);");
        source.AppendLine("}");
        source.AppendLine("public static class Calls {");
        foreach (var call in calls)
        {
            var parameters = call.Arguments.Select((a, i) => (a, i)).Where(p => p.a.TypeName is not null).Select(p => $"{p.a.TypeName} a{p.i}");
            var arguments = call.Arguments.Select((a, i) => a.TypeName is null ? "null" : "a" + i);
            source.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"    public static void {call.MethodName}({string.Join(", ", parameters)}) => Shim.Printf({SymbolDisplay.FormatLiteral(call.Format, quote: true)}{string.Concat(arguments.Select(a => ", " + a))});");
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
            Assert.StartsWith("FG", diagnostic.Id);
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

    private static void SetSink(Assembly assembly, Action<string, object?[]?> sink) =>
        assembly.GetType("Soundness.Shim")!.GetField("Sink")!.SetValue(null, sink);
}
