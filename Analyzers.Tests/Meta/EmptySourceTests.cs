using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FirmwareGuard.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace FirmwareGuard.Tests.Meta;

/// <summary>Every analyzer in the assembly runs on nothing, and on code without shims, silently and without throwing.</summary>
public class EmptySourceTests
{
    public static IEnumerable<object[]> Analyzers => AnalyzerCatalog.AnalyzerTypeData;

    [Fact]
    public void TheAssemblyHasAnalyzers()
    {
        Assert.NotEmpty(AnalyzerCatalog.AnalyzerTypes);
    }

    [Theory]
    [MemberData(nameof(Analyzers))]
    public async Task NoDiagnosticsOnEmptySource(string analyzer)
    {
        Assert.Empty(await AnalyzeAsync(analyzer, string.Empty));
    }

    [Theory]
    [MemberData(nameof(Analyzers))]
    public async Task NoDiagnosticsWithoutShimCalls(string analyzer)
    {
        Assert.Empty(await AnalyzeAsync(analyzer, """
            using System;
            class C
            {
                static void Printf(string format, params object[] args) => Console.WriteLine(string.Format(format, args));

                void M(ulong size)
                {
                    Printf("size %llx\n", size);
                    Console.WriteLine("size {0}", size);
                    Demo.Log.Plain("%llx", size);
                }
            }
            """));
    }

    private static async Task<string[]> AnalyzeAsync(string analyzerName, string source)
    {
        var references = (await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None))
            .Add(await ShimLibrary.GetReferenceAsync());
        var compilation = TestCompilation.Create("Empty", new[] { TestCompilation.Parse(source) }, references);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var exceptions = new ConcurrentBag<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, _, _) => exceptions.Add(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create(AnalyzerCatalog.CreateAnalyzer(analyzerName)), options)
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.Empty(exceptions);
        return diagnostics.Select(d => d.ToString()).ToArray();
    }
}
