using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FirmwareGuard.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FirmwareGuard.Tests.Meta;

/// <summary>
/// Analyzers never throw: every analyzer runs over a corpus of shim calls cut
/// off after each token, and with tokens removed at random (fixed seed), and no run may raise
/// an exception or report AD0001.
/// </summary>
public class IncompleteCodeTests
{
    private const string Corpus = """"
        using Demo;
        static class Formats { public const string Bar = "size %llx\n"; }
        enum Wide : ulong { A = 1 }
        class C
        {
            const string Prefix = "pci: ";

            [PrintfShim("seabios")]
            static void Trace(string format, params object?[] args) => Log.Dprintf(format, args);

            void M(uint devfn, ulong size, Wide wide, string name, object[] values, System.ReadOnlySpan<object?> span, double ratio)
            {
                Log.Printf("pci dev %02x:%x bar %02x size %llx: %08x\n", devfn >> 3, devfn & 7, 0x10, size, 0u);
                Log.Printf(args: new object[] { size, devfn }, format: @"a ""q"" %x %x");
                Log.PrintfSpan($"{Prefix}%s %c %5c\t{{%hx}}", name, 'c', 'd', [size]);
                Log.PrintfVar("""
                    %x %s %f
                    """, __arglist(wide, null, ratio));
                Log.Printf(Formats.Bar + "%s %d %%", Log.Sprintf("%lld\n", size), (object)1);
                Log.Dprintf("%llx %lld %.s %-5x 100%", size, size, name, devfn);
                Log.Printf(name, values);
                Log.PrintfSpan("%x", span);
                Log.Plain("%llx %s", size, null);
                Trace("%llx\n", size);
                Log.Debug64("%a %s %g %t %r %,ld %*d %.*a %hd %lx\n", name, name, new System.Guid(), System.DateTime.Now, size, (long)size, 5, devfn, 3, name, devfn, devfn);
                Log.Debug32("%lx %x %p %5y %l016X %t%d 100%", devfn, size, ratio);
                Log.DebugVar64("%a %g %c", __arglist(values, null, wide));
            }
        }
        """";

    private static readonly Lazy<Task<CSharpCompilation>> Base = new(CreateBaseAsync);

    [Fact]
    public async Task TheCorpusItselfIsAnalyzedWithoutException()
    {
        var diagnostics = await AnalyzeAsync(Corpus);

        Assert.Contains(diagnostics, d => d.Id == "FG0001");
        Assert.Contains(diagnostics, d => d.Id == "FG0002");
    }

    [Fact]
    public async Task TruncatedAfterEachToken()
    {
        foreach (var token in Tokens())
        {
            await AnalyzeAsync(Corpus.Substring(0, token.Span.End));
        }
    }

    [Fact]
    public async Task WithRandomTokensRemoved()
    {
        var tokens = Tokens();
        var random = new Random(20130618);
        for (var sample = 0; sample < 150; sample++)
        {
            var removed = Enumerable.Range(0, random.Next(1, 4)).Select(_ => tokens[random.Next(tokens.Count)]).Distinct().OrderByDescending(t => t.SpanStart);
            var text = Corpus;
            foreach (var token in removed)
            {
                text = text.Remove(token.SpanStart, token.Span.Length);
            }

            await AnalyzeAsync(text);
        }
    }

    private static List<SyntaxToken> Tokens() =>
        CSharpSyntaxTree.ParseText(Corpus).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source)
    {
        var compilation = await Base.Value;
        compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees[0], TestCompilation.Parse(source));
        var exceptions = new ConcurrentBag<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, new ShimsNamed("Demo.Log.Plain")),
            (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var analyzers = AnalyzerCatalog.AnalyzerTypes.Select(t => AnalyzerCatalog.CreateAnalyzer(t.Name)).ToImmutableArray();
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.True(exceptions.IsEmpty, $"{exceptions.FirstOrDefault()}\nin:\n{source}");
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }


    private static async Task<CSharpCompilation> CreateBaseAsync()
    {
        var references = (await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None))
            .Add(await ShimLibrary.GetReferenceAsync());
        return TestCompilation.Create("Incomplete", new[] { TestCompilation.Parse(string.Empty) }, references);
    }

    /// <summary>.editorconfig settings naming one more shim, so the configured path is exercised too.</summary>
    private sealed class ShimsNamed : AnalyzerConfigOptionsProvider
    {
        private readonly Options options;

        public ShimsNamed(string shims)
        {
            options = new Options(shims);
        }

        public override AnalyzerConfigOptions GlobalOptions => options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => options;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly string shims;

            public Options(string shims)
            {
                this.shims = shims;
            }

            public override bool TryGetValue(string key, out string value)
            {
                value = key == "firmwareguard.printf_shims" ? shims : string.Empty;
                return key == "firmwareguard.printf_shims";
            }
        }
    }
}
