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
