using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FirmwareGuard.CodeFixes;
using FirmwareGuard.Rules;
using FirmwareGuard.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FirmwareGuard.Tests.CodeFixes;

/// <summary>
/// Fixes never throw: sources that exercise every fixer, cut at token boundaries and with tokens
/// deleted (fixed seed), go through the analyzers; every action of every fixer on every diagnostic
/// is registered, applied, and Fix All run, and none may throw (and every fixer applies some fix).
/// </summary>
public class FixersSurviveIncompleteCodeTests
{
    private const string Source = """
        using System;
        using System.Threading.Tasks;
        using Demo;
        enum Address : ulong { Low = 0 }
        class Device { public ulong Size { get; set; } }
        class C
        {
            static ulong size;
            ulong Next() => 2;
            Task<ulong> ReadAsync() => Task.FromResult(0UL);
            Action<Device> report = device => Log.Printf("size %x\n", device.Size);
            string Text => Log.Sprintf("next %llx %#x", Next(), 1u);
            async Task M(uint devfn, ulong barSz, long pages, Address address, Device? device, string message, bool flag)
            {
                Log.Printf("pci dev %02x:%x bar %02x size %llx: %08x\n", devfn >> 3, devfn & 7, devfn, barSz, Next());
                Log.Printf("%d %lld %016llx %i %hhx\n", pages, pages, Next(), 5, (byte)1, Next());
                Log.Printf("%s %x\n", Log.Sprintf("%x", Next()), await ReadAsync(), device?.Size ?? 0, address);
                if (flag) Log.Printf("%u\n", 5L, Next());
                Log.Printf(message);
                Log.PrintfVar(message, __arglist());
                Log.PrintfVar("%x\n", __arglist(barSz));
                var s = flag ? Log.Sprintf("%x", Next()) : Log.Sprintf(@"%#X", size);
                Log.Printf(@"bar at %08x", (uint)barSz);
            }

            static void Trace(string format, params object?[] args) => Log.Dprintf(format, args);
        }
        """;

    private const int Stride = 12;
    private const int Deletions = 40;

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
        new CallAnalyzer(),
        new CallAnalyzer(),
        new UnmarkedWrapperAnalyzer());

    private static readonly CodeFixProvider[] Fixers =
    {
        new SixtyFourBitArgumentFix(),
        new UnsupportedDirectiveFix(),
        new ExtraArgumentFix(),
        new NonConstantFormatFix(),
        new PartialSixtyFourBitValueFix(),
        new UnterminatedMessageFix(),
        new UnmarkedWrapperFix(),
    };

    [Fact]
    public async Task NoFixThrowsOnAnyVariant()
    {
        var variants = Variants(Source, seed: 1306).ToList();
        var project = await ProjectAsync();
        var failures = new List<string>();
        var applied = Fixers.ToDictionary(fixer => fixer, _ => 0);
        foreach (var variant in variants)
        {
            var document = project.AddDocument("Variant.cs", variant);
            try
            {
                await ApplyEveryFixAsync(document, applied);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failures.Add($"{exception.GetType().Name}: {exception.Message}\n{exception.StackTrace}\n--- in ---\n{variant}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {variants.Count} variants threw; the first:\n{failures.FirstOrDefault()}");
        Assert.True(applied.Values.Sum() > variants.Count, $"only {applied.Values.Sum()} fixes were applied over {variants.Count} variants");
        Assert.All(applied, pair => Assert.True(pair.Value > 0, $"{pair.Key.GetType().Name} applied no fix"));
    }

    private static async Task ApplyEveryFixAsync(Document document, Dictionary<CodeFixProvider, int> applied)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        var diagnostics = await compilation
            .WithAnalyzers(Analyzers, document.Project.AnalyzerOptions)
            .GetAnalyzerDiagnosticsAsync();
        foreach (var fixer in Fixers)
        {
            var fixable = diagnostics.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();
            var keys = new HashSet<string>();
            foreach (var diagnostic in fixable)
            {
                var actions = new List<CodeAction>();
                await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
                foreach (var action in actions)
                {
                    await action.GetOperationsAsync(CancellationToken.None);
                    keys.Add(action.EquivalenceKey!);
                    applied[fixer]++;
                }
            }

            var fixAllProvider = fixer.GetFixAllProvider() ?? throw new InvalidOperationException($"{fixer.GetType().Name} has no Fix All provider");
            foreach (var key in keys)
            {
                var context = new FixAllContext(document, fixer, FixAllScope.Document, key, fixer.FixableDiagnosticIds, new Reported(fixable), CancellationToken.None);
                if (await fixAllProvider.GetFixAsync(context) is { } fixAll)
                {
                    await fixAll.GetOperationsAsync(CancellationToken.None);
                }
            }
        }
    }

    /// <summary>
    /// The source cut after every <see cref="Stride"/>th token, and with <see cref="Deletions"/> random
    /// runs of one to three tokens deleted. (Stride 1 and one deletion per token — about 1,100
    /// variants, 90 s — also passes; the suite runs the lighter set.)
    /// </summary>
    private static IEnumerable<string> Variants(string source, int seed)
    {
        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().ToList();
        for (var i = 0; i < tokens.Count; i += Stride)
        {
            yield return source.Substring(0, tokens[i].Span.End);
        }

        var random = new Random(seed);
        for (var i = 0; i < Deletions; i++)
        {
            var first = tokens[random.Next(tokens.Count)];
            var last = tokens[Math.Min(tokens.Count - 1, tokens.IndexOf(first) + random.Next(3))];
            yield return source.Remove(first.SpanStart, last.Span.End - first.SpanStart);
        }
    }

    private static async Task<Project> ProjectAsync()
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        return new AdhocWorkspace().CurrentSolution
            .AddProject("Variants", "Variants", LanguageNames.CSharp)
            .WithParseOptions(new CSharpParseOptions(LanguageVersion.CSharp13))
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable))
            .WithMetadataReferences(references.Add(await ShimLibrary.GetReferenceAsync()));
    }

    private sealed class Reported : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<Diagnostic> diagnostics;

        public Reported(ImmutableArray<Diagnostic> diagnostics)
        {
            this.diagnostics = diagnostics;
        }

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
