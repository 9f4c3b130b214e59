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

    [Fact]
    public async Task AddsTheThreeAttributesAsInternalSealedConditionalTypesInNamespaceFirmwareGuard()
    {
        var (output, run, _) = GeneratorHarness.Generate(await GeneratorHarness.CompileAsync(Shims));

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
        var (output, _, _) = GeneratorHarness.Generate(await GeneratorHarness.CompileAsync(Shims + Calls));

        var diagnostics = await GeneratorHarness.AnalyzeAsync(output);

        Assert.Collection(
            diagnostics.OrderBy(d => d.Id),
            d => Assert.Equal(("FG0001", "size"), (d.Id, GeneratorHarness.TextAt(d))),
            d => Assert.Equal(("FG0103", "bar.Move(to)"), (d.Id, GeneratorHarness.TextAt(d))));
    }

    [Fact]
    public async Task TheBuiltAssemblyKeepsTheTypesButNoUseOfThem()
    {
        var (output, _, _) = GeneratorHarness.Generate(await GeneratorHarness.CompileAsync(Shims + Calls));

        using var reader = new PEReader(GeneratorHarness.Emit(output).ToImmutableArray());
        var metadata = reader.GetMetadataReader();
        var types = metadata.TypeDefinitions.Select(metadata.GetTypeDefinition).ToList();
        foreach (var name in GeneratedAttributeUses.Names)
        {
            var type = Assert.Single(types, t => metadata.GetString(t.Name) == name);
            Assert.Equal("FirmwareGuard", metadata.GetString(type.Namespace));
            Assert.Equal(TypeAttributes.NotPublic, type.Attributes & TypeAttributes.VisibilityMask);
        }

        Assert.Empty(GeneratedAttributeUses.In(metadata));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task DefiningTheConditionalSymbolKeepsTheMarksForOtherAssemblies(bool defined)
    {
        var library = await GeneratorHarness.CompileAsync(Shims, "Vendor.Log", symbols: defined ? new[] { MarkerAttributeSources.ConditionalSymbol } : null);
        var image = GeneratorHarness.Emit(GeneratorHarness.Generate(library).Output);
        var consumer = await GeneratorHarness.CompileAsync(Calls, references: new[] { MetadataReference.CreateFromImage(image) });
        var (output, _, _) = GeneratorHarness.Generate(consumer);

        var diagnostics = await GeneratorHarness.AnalyzeAsync(output);

        Assert.Equal(defined ? new[] { "FG0001", "FG0103" } : new string[0], diagnostics.Select(d => d.Id).OrderBy(id => id));
    }

    [Fact]
    public async Task AnAttributeTheProjectDefinesInNamespaceFirmwareGuardIsNotGeneratedAgain()
    {
        var own = """
            namespace FirmwareGuard
            {
                [System.AttributeUsage(System.AttributeTargets.Method)]
                public sealed class PrintfShimAttribute : System.Attribute
                {
                    public PrintfShimAttribute() { }
                    public PrintfShimAttribute(string dialect) { }
                    public string? Dialect { get; set; }
                }
            }
            """;
        var (output, run, _) = GeneratorHarness.Generate(await GeneratorHarness.CompileAsync(Shims + Calls + own));

        Assert.Equal(new[] { "FirmwareGuard.LogRoleAttribute.g.cs", "FirmwareGuard.MustLogAttribute.g.cs" }, run.GeneratedSources.Select(s => s.HintName));
        Assert.Empty(GeneratorHarness.CompilerProblems(output));
        Assert.Contains(await GeneratorHarness.AnalyzeAsync(output), d => d.Id == "FG0001");
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
        var (output, run, _) = GeneratorHarness.Generate(await GeneratorHarness.CompileAsync(source));

        Assert.Equal(3, run.GeneratedSources.Length);
        Assert.Empty(GeneratorHarness.CompilerProblems(output));
        Assert.Equal("FG0001", Assert.Single(await GeneratorHarness.AnalyzeAsync(output)).Id);
    }

    [Theory]
    [InlineData("public", "", false)]
    [InlineData("internal", "[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Consumer\")]", false)]
    [InlineData("internal", "", true)]
    public async Task AnAttributeFromAReferenceIsGeneratedOnlyWhenTheProjectCannotSeeIt(string accessibility, string assemblyAttribute, bool generated)
    {
        var library = await GeneratorHarness.CompileAsync(
            $$"""
            {{assemblyAttribute}}
            namespace FirmwareGuard
            {
                [System.AttributeUsage(System.AttributeTargets.Method)]
                {{accessibility}} sealed class PrintfShimAttribute : System.Attribute { }
            }
            """,
            "Shared.Attributes");
        var consumer = await GeneratorHarness.CompileAsync(
            """
            using FirmwareGuard;
            static class Log
            {
                [PrintfShim] public static void Printf(string format, params object?[] args) { }
                static void Size(ulong size) => Printf("size %x\n", size);
            }
            """,
            references: new[] { MetadataReference.CreateFromImage(GeneratorHarness.Emit(library)) });

        var (output, run, _) = GeneratorHarness.Generate(consumer);

        Assert.Equal(generated, run.GeneratedSources.Any(s => s.HintName == "FirmwareGuard.PrintfShimAttribute.g.cs"));
        Assert.Empty(GeneratorHarness.CompilerProblems(output));
        Assert.Equal("FG0001", Assert.Single(await GeneratorHarness.AnalyzeAsync(output)).Id);
    }

    [Theory]
    [InlineData("false", 0)]
    [InlineData(" False ", 0)]
    [InlineData("true", 3)]
    [InlineData("", 3)]
    public async Task TheMsBuildPropertyTurnsTheAttributesOff(string value, int expected)
    {
        var (_, run, _) = GeneratorHarness.Generate(await GeneratorHarness.CompileAsync("class C { }"), value);

        Assert.Equal(expected, run.GeneratedSources.Length);
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
        var (output, _, _) = GeneratorHarness.Generate(await GeneratorHarness.CompileAsync(source, languageVersion: LanguageVersion.CSharp7_3));

        Assert.Empty(GeneratorHarness.CompilerProblems(output));
    }

    [Fact]
    public async Task AnEditThatDeclaresNoAttributeLeavesTheOutputCached()
    {
        var compilation = await GeneratorHarness.CompileAsync(Shims + Calls);
        var (_, _, driver) = GeneratorHarness.Generate(compilation);
        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(0, 0, "// an edit\n")));

        var run = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.All(run.TrackedSteps[MarkerAttributeGenerator.MissingAttributesStep].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(run.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }
}
