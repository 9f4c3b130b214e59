using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace FirmwareGuard.Tests.Verifiers;

/// <summary>
/// The one place analyzer and code-fix tests are set up: .NET 8 reference assemblies (downloaded
/// at restore), C# 13 (params spans), and a reference to the shims in <see cref="ShimSources"/>.
/// </summary>
public static class Verify<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string id) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(id);

    public static Task Analyzer([StringSyntax("C#-test")] string source, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    public static Task CodeFix([StringSyntax("C#-test")] string source, [StringSyntax("C#-test")] string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new Test { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// Fix All in document, project and solution, with the action <paramref name="equivalenceKey"/>,
    /// over two documents of the test project and one of a second project that references the shims
    /// too. <paramref name="shared"/>, when given, is a document of the test project that no fix changes.
    /// </summary>
    public static async Task FixAllAcrossTwoDocumentsAndTwoProjects(
        string equivalenceKey,
        (string Source, string Fixed) first,
        (string Source, string Fixed) second,
        (string Source, string Fixed) other,
        int? incrementalIterations = null,
        string? shared = null)
    {
        var test = new Test
        {
            CodeActionEquivalenceKey = equivalenceKey,
            NumberOfIncrementalIterations = incrementalIterations,
            NumberOfFixAllInDocumentIterations = 3,
            NumberOfFixAllInProjectIterations = 2,
            NumberOfFixAllIterations = 1,
        };
        var shims = await ShimLibrary.GetReferenceAsync();
        if (shared is not null)
        {
            test.TestState.Sources.Add(("/0/Shared.cs", shared));
            test.FixedState.Sources.Add(("/0/Shared.cs", shared));
        }

        test.TestState.Sources.Add(("/0/First.cs", first.Source));
        test.TestState.Sources.Add(("/0/Second.cs", second.Source));
        test.TestState.AdditionalProjects["Other"].Sources.Add(("/1/Third.cs", other.Source));
        test.TestState.AdditionalProjects["Other"].AdditionalReferences.Add(shims);
        test.FixedState.Sources.Add(("/0/First.cs", first.Fixed));
        test.FixedState.Sources.Add(("/0/Second.cs", second.Fixed));
        test.FixedState.AdditionalProjects["Other"].Sources.Add(("/1/Third.cs", other.Fixed));
        test.FixedState.AdditionalProjects["Other"].AdditionalReferences.Add(shims);
        await test.RunAsync(CancellationToken.None);
    }

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80;
            SolutionTransforms.Add((solution, projectId) =>
            {
                var project = solution.GetProject(projectId)!;
                var parseOptions = ((CSharpParseOptions)project.ParseOptions!).WithLanguageVersion(LanguageVersion.CSharp13);
                var compilationOptions = project.CompilationOptions!.WithSpecificDiagnosticOptions(
                    project.CompilationOptions.SpecificDiagnosticOptions.SetItem("CS8632", ReportDiagnostic.Suppress));
                return solution.WithProjectParseOptions(projectId, parseOptions)
                    .WithProjectCompilationOptions(projectId, compilationOptions)
                    .AddMetadataReference(projectId, ShimLibrary.GetReferenceAsync().GetAwaiter().GetResult());
            });
        }
    }
}

/// <summary>For analyzers without a code fix.</summary>
public static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => Verify<TAnalyzer, EmptyCodeFixProvider>.Diagnostic(id);

    public static Task Analyzer([StringSyntax("C#-test")] string source, params DiagnosticResult[] expected) => Verify<TAnalyzer, EmptyCodeFixProvider>.Analyzer(source, expected);
}
