using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Threading.Tasks;
using FirmwareGuard.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace FirmwareGuard.Tests.Generators;

/// <summary>
/// The generated attributes, compiled in-process by whichever Roslyn this test assembly references
/// (the SDK's in Analyzers.Tests, 4.8 — the .NET 8 SDK's — in Analyzers.Roslyn48.Tests, which compiles this same file).
/// </summary>
public class MarkerAttributeGeneratorTests
{
    private const string Shims = """
        using FirmwareGuard;

        namespace Vendor
        {
            public static class Log
            {
                [PrintfShim] public static void Printf(string format, params object?[] args) { }
                [PrintfShim("seabios")] public static void Bios(string format, params object?[] args) { }
                [PrintfShim(Dialect = "seabios")] public static void Bios2(string format, params object?[] args) { }
            }

            public sealed class Bar
            {
                [LogRole("size")] public ulong Amount;
                [MustLog] public void Move([LogRole("address")] ulong to) { }
            }
        }
        """;

    private const string Calls = """
        namespace Vendor
        {
            public static class Use
            {
                public static void Size(ulong size) => Log.Printf("size %x\n", size);
                public static void BiosSize(ulong size) => Log.Bios("size %llx\n", size);
                public static void BiosSize2(ulong size) => Log.Bios2("size %llx\n", size);
                public static void Relocate(Bar bar, ulong to) => bar.Move(to);
                public static void LoggedRelocate(Bar bar, ulong to)
                {
                    Log.Printf("moving to %x%08x\n", (uint)(to >> 32), (uint)to);
                    bar.Move(to);
                }
            }
        }
        """;

    private const string OwnAttributes = """
        namespace FirmwareGuard
        {
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class PrintfShimAttribute : System.Attribute
            {
                public PrintfShimAttribute() { }
                public PrintfShimAttribute(string dialect) { }
                public string? Dialect { get; set; }
            }

            [System.AttributeUsage(System.AttributeTargets.All)]
            public sealed class LogRoleAttribute : System.Attribute { public LogRoleAttribute(string role) { } }

            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class MustLogAttribute : System.Attribute { }
        }
        """;

    [Fact]
    public async Task AddsTheThreeAttributesAsInternalSealedTypesInNamespaceFirmwareGuard()
    {
        var (output, run, _) = GeneratorHarness.Generate(await GeneratorHarness.CompileAsync(Shims, symbols: GeneratorHarness.PackageSymbols));

        Assert.Equal(GeneratedAttributeUses.Names.Select(n => "FirmwareGuard." + n + ".g.cs"), run.GeneratedSources.Select(s => s.HintName));
        Assert.Empty(GeneratorHarness.CompilerProblems(output));
        foreach (var name in GeneratedAttributeUses.Names)
        {
            var type = output.GetTypeByMetadataName("FirmwareGuard." + name)!;
            Assert.Equal(Accessibility.Internal, type.DeclaredAccessibility);
            Assert.True(type.IsSealed);
            var conditional = Assert.Single(type.GetAttributes(), a => a.AttributeClass?.Name == "ConditionalAttribute");
            Assert.Equal(MarkerAttributeSources.ConditionalSymbol, conditional.ConstructorArguments.Single().Value);
        }
    }

    [Fact]
    public async Task TheAnalyzersReadTheGeneratedAttributes()
    {
        var (output, _, _) = GeneratorHarness.Generate(await GeneratorHarness.CompileAsync(Shims + Calls, symbols: GeneratorHarness.PackageSymbols));

        var diagnostics = await GeneratorHarness.AnalyzeAsync(output);

        Assert.Collection(
            diagnostics.OrderBy(d => d.Id),
            d => Assert.Equal(("FG0001", "size"), (d.Id, GeneratorHarness.TextAt(d))),
            d => Assert.Equal(("FG0103", "bar.Move(to)"), (d.Id, GeneratorHarness.TextAt(d))));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TheMarksReachOtherAssembliesUnlessTheProjectOptsOut(bool keepMarks)
    {
        var library = await GeneratorHarness.CompileAsync(Shims, "Vendor.Log", symbols: keepMarks ? GeneratorHarness.PackageSymbols : null);
        var image = GeneratorHarness.Emit(GeneratorHarness.Generate(library).Output);
        var consumer = await GeneratorHarness.CompileAsync(Calls, symbols: GeneratorHarness.PackageSymbols, references: new[] { MetadataReference.CreateFromImage(image) });
        var (output, _, _) = GeneratorHarness.Generate(consumer);

        var diagnostics = await GeneratorHarness.AnalyzeAsync(output);

        using var reader = new PEReader(image.ToImmutableArray());
        Assert.Equal(keepMarks, GeneratedAttributeUses.In(reader.GetMetadataReader()).Any());
        Assert.Equal(keepMarks ? new[] { "FG0001", "FG0103" } : System.Array.Empty<string>(), diagnostics.Select(d => d.Id).OrderBy(id => id));
    }

    [Fact]
    public async Task TheBuiltAssemblyKeepsTheTypesInternal()
    {
        var (output, _, _) = GeneratorHarness.Generate(await GeneratorHarness.CompileAsync(Shims + Calls, symbols: GeneratorHarness.PackageSymbols));

        using var reader = new PEReader(GeneratorHarness.Emit(output).ToImmutableArray());
        var metadata = reader.GetMetadataReader();
        var types = metadata.TypeDefinitions.Select(metadata.GetTypeDefinition).ToList();
        foreach (var name in GeneratedAttributeUses.Names)
        {
            var type = Assert.Single(types, t => metadata.GetString(t.Name) == name);
            Assert.Equal("FirmwareGuard", metadata.GetString(type.Namespace));
            Assert.Equal(TypeAttributes.NotPublic, type.Attributes & TypeAttributes.VisibilityMask);
        }
    }

    [Fact]
    public async Task AProjectWithItsOwnAttributesTurnsTheGeneratedOnesOff()
    {
        var symbols = GeneratorHarness.PackageSymbols.Append(MarkerAttributeSources.NotGeneratedSymbol);
        var (output, _, _) = GeneratorHarness.Generate(await GeneratorHarness.CompileAsync(Shims + Calls + OwnAttributes, symbols: symbols));

        Assert.Empty(GeneratorHarness.CompilerProblems(output));
        Assert.Equal(new[] { "FG0001", "FG0103" }, (await GeneratorHarness.AnalyzeAsync(output)).Select(d => d.Id).OrderBy(id => id));
    }

    [Fact]
    public async Task WithoutTheSwitchAProjectsOwnAttributesClash()
    {
        var (output, _, _) = GeneratorHarness.Generate(await GeneratorHarness.CompileAsync(Shims + OwnAttributes, symbols: GeneratorHarness.PackageSymbols));

        Assert.Contains(GeneratorHarness.CompilerProblems(output), d => d.Id == "CS0101");
    }

    [Fact]
    public async Task TheSwitchLeavesNoGeneratedType()
    {
        var (output, _, _) = GeneratorHarness.Generate(await GeneratorHarness.CompileAsync("class C { }", symbols: new[] { MarkerAttributeSources.NotGeneratedSymbol }));

        Assert.All(GeneratedAttributeUses.Names, name => Assert.Null(output.GetTypeByMetadataName("FirmwareGuard." + name)));
        Assert.Empty(GeneratorHarness.CompilerProblems(output));
    }

    [Fact]
    public async Task AnAttributeOfTheSameNameInAnotherNamespaceStillWorks()
    {
        var source = """
            namespace Demo
            {
                [System.AttributeUsage(System.AttributeTargets.Method)]
                sealed class PrintfShimAttribute : System.Attribute { }

                static class Log
                {
                    [PrintfShim] public static void Printf(string format, params object?[] args) { }
                    static void Size(ulong size) => Printf("size %x\n", size);
                }
            }
            """;
        var (output, run, _) = GeneratorHarness.Generate(await GeneratorHarness.CompileAsync(source, symbols: GeneratorHarness.PackageSymbols));

        Assert.Equal(3, run.GeneratedSources.Length);
        Assert.Empty(GeneratorHarness.CompilerProblems(output));
        Assert.Equal("FG0001", Assert.Single(await GeneratorHarness.AnalyzeAsync(output)).Id);
    }

    [Theory]
    [InlineData("[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Consumer\")]")]
    [InlineData("")]
    public async Task TwoProjectsWithTheAttributesBuildWithoutANewWarning(string friends)
    {
        var library = await GeneratorHarness.CompileAsync(Shims.Replace("using FirmwareGuard;", "using FirmwareGuard;\n" + friends), "Vendor.Log", symbols: GeneratorHarness.PackageSymbols);
        var image = GeneratorHarness.Emit(GeneratorHarness.Generate(library).Output);
        var consumer = await GeneratorHarness.CompileAsync(
            """
            using FirmwareGuard;
            static class Trace
            {
                [PrintfShim] public static void Printf(string format, params object?[] args) { }
                [MustLog] public static void Move([LogRole("address")] uint to) { }
                static void Size(uint size) => Printf("size %x\n", size);
            }
            """,
            symbols: GeneratorHarness.PackageSymbols,
            references: new[] { MetadataReference.CreateFromImage(image) });
        var (output, _, _) = GeneratorHarness.Generate(consumer);

        // The friend's internal copies conflict with the project's own (CS0436) ...
        Assert.Equal(friends.Length > 0, GeneratorHarness.CompilerProblems(output).Any(d => d.Id == "CS0436"));
        Assert.All(GeneratorHarness.CompilerProblems(output), d => Assert.Equal("CS0436", d.Id));

        // ... which the package's suppressor takes away, leaving the build clean.
        Assert.Empty(await GeneratorHarness.BuildProblemsAsync(output));
    }

    [Fact]
    public async Task TheSuppressorLeavesOtherConflictsAlone()
    {
        var library = await GeneratorHarness.CompileAsync(
            """
            [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Consumer")]
            namespace Shared { internal sealed class Helper { } }
            """,
            "Shared");
        var consumer = await GeneratorHarness.CompileAsync(
            """
            namespace Shared { internal sealed class Helper { } }
            static class User { static Shared.Helper? Make() => null; }
            """,
            symbols: GeneratorHarness.PackageSymbols,
            references: new[] { MetadataReference.CreateFromImage(GeneratorHarness.Emit(library)) });
        var (output, _, _) = GeneratorHarness.Generate(consumer);

        Assert.Equal("CS0436", Assert.Single(await GeneratorHarness.BuildProblemsAsync(output)).Id);
    }

    [Fact]
    public async Task TheGeneratedCodeCompilesInCSharp73()
    {
        var source = """
            using FirmwareGuard;
            static class Log
            {
                [PrintfShim] public static void Printf(string format, params object[] args) { }
                [MustLog] static void Move([LogRole("address")] ulong to) { }
            }
            """;
        var (output, _, _) = GeneratorHarness.Generate(await GeneratorHarness.CompileAsync(source, languageVersion: LanguageVersion.CSharp7_3, symbols: GeneratorHarness.PackageSymbols));

        Assert.Empty(GeneratorHarness.CompilerProblems(output));
    }

    [Fact]
    public async Task AnEditRunsNoGeneratorStep()
    {
        var compilation = await GeneratorHarness.CompileAsync(Shims + Calls, symbols: GeneratorHarness.PackageSymbols);
        var (_, first, driver) = GeneratorHarness.Generate(compilation);
        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(0, 0, "// an edit\n")));

        var run = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Equal(3, first.GeneratedSources.Length);
        Assert.Empty(run.TrackedSteps);
        Assert.Empty(run.TrackedOutputSteps);
        Assert.Equal(first.GeneratedSources.Select(s => s.SourceText.ToString()), run.GeneratedSources.Select(s => s.SourceText.ToString()));
    }
}
