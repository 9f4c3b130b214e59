using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using FirmwareGuard.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace FirmwareGuard.Tests.Robustness;

/// <summary>
/// Runs every analyzer of FirmwareGuard.Analyzers and every code fix of FirmwareGuard.CodeFixes
/// (both found by reflection, so rules and fixes added later are covered without edits here) over
/// one program, applies every offered action, and reports anything that threw or broke the tree.
/// </summary>
public sealed class RobustnessHarness : IDisposable
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp13);

    private readonly ImmutableArray<MetadataReference> references;
    private readonly AdhocWorkspace workspace = new();

    private RobustnessHarness(ImmutableArray<MetadataReference> references)
    {
        this.references = references;
        Analyzers = Instances<DiagnosticAnalyzer>("FirmwareGuard.Analyzers");
        Fixers = Instances<CodeFixProvider>("FirmwareGuard.CodeFixes");
    }

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    public ImmutableArray<CodeFixProvider> Fixers { get; }

    public void Dispose() => workspace.Dispose();

    public static async Task<RobustnessHarness> CreateAsync()
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var shims = await ShimLibrary.GetReferenceAsync();
        return new RobustnessHarness(references.Add(shims));
    }

    /// <summary>Analyzes the program and applies every fix; returns what went wrong (empty when nothing did).</summary>
    public async Task<VariantOutcome> CheckAsync(RobustnessSource source)
    {
        var problems = new ConcurrentQueue<string>();
        var project = CreateProject(source);
        var diagnostics = await AnalyzeAsync(project, problems);
        foreach (var diagnostic in diagnostics.Where(d => d.Id == "AD0001"))
        {
            problems.Enqueue("AD0001: " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        var actions = 0;
        foreach (var diagnostic in diagnostics.Where(d => d.Location.IsInSource))
        {
            var document = project.GetDocument(diagnostic.Location.SourceTree!);
            if (document is null)
            {
                continue;
            }

            foreach (var fixer in Fixers.Where(f => f.FixableDiagnosticIds.Contains(diagnostic.Id)))
            {
                actions += await ApplyEveryFixAsync(fixer, document, diagnostic, problems);
            }
        }

        return new VariantOutcome(diagnostics.Length, actions, problems.ToImmutableArray());
    }

    /// <summary>Every analyzer's diagnostics on the program, with no fix applied.</summary>
    public async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(RobustnessSource source) =>
        await AnalyzeAsync(CreateProject(source), new ConcurrentQueue<string>());

    private async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project, ConcurrentQueue<string> problems)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, _) => problems.Enqueue($"{analyzer.GetType().Name} threw (AD0001): {exception}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        return await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
    }

    private Project CreateProject(RobustnessSource source)
    {
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                "Robustness",
                "Robustness",
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: ParseOptions,
                metadataReferences: references));
        foreach (var (path, text) in source.Files)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), path, text, filePath: path);
        }

        return solution.GetProject(projectId)!;
    }

    private static async Task<int> ApplyEveryFixAsync(CodeFixProvider fixer, Document document, Diagnostic diagnostic, ConcurrentQueue<string> problems)
    {
        var offered = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => offered.Add(action), CancellationToken.None);
        try
        {
            await fixer.RegisterCodeFixesAsync(context);
        }
        catch (Exception exception)
        {
            problems.Enqueue($"{fixer.GetType().Name} threw registering fixes for {diagnostic.Id} at {diagnostic.Location.SourceSpan}: {exception}");
            return 0;
        }

        var applied = 0;
        foreach (var action in offered.SelectMany(Flatten))
        {
            applied++;
            try
            {
                foreach (var operation in (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>())
                {
                    await CheckRoundTripAsync(document.Project.Solution, operation.ChangedSolution, $"{fixer.GetType().Name} '{action.Title}' for {diagnostic.Id}", problems);
                }
            }
            catch (Exception exception)
            {
                problems.Enqueue($"{fixer.GetType().Name} '{action.Title}' threw applying the fix for {diagnostic.Id} at {diagnostic.Location.SourceSpan}: {exception}");
            }
        }

        return applied;
    }

    private static IEnumerable<CodeAction> Flatten(CodeAction action) =>
        action.NestedActions.IsDefaultOrEmpty ? [action] : action.NestedActions.SelectMany(Flatten);

    /// <summary>Every changed document, printed and parsed again, must give the tree the fix produced.</summary>
    private static async Task CheckRoundTripAsync(Solution before, Solution after, string what, ConcurrentQueue<string> problems)
    {
        foreach (var projectChanges in after.GetChanges(before).GetProjectChanges())
        {
            foreach (var id in projectChanges.GetChangedDocuments())
            {
                var root = (await after.GetDocument(id)!.GetSyntaxRootAsync())!;
                if (!RoundTrip.Survives(root, ParseOptions))
                {
                    problems.Enqueue($"{what} produced a tree that its own text does not parse back to:\n{root.ToFullString()}");
                }
            }
        }
    }

    private static ImmutableArray<T> Instances<T>(string assemblyName) =>
        Assembly.Load(assemblyName).GetTypes()
            .Where(type => !type.IsAbstract && typeof(T).IsAssignableFrom(type) && type.GetConstructor(Type.EmptyTypes) is not null)
            .Where(type => typeof(T) != typeof(DiagnosticAnalyzer) || type.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any())
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (T)Activator.CreateInstance(type)!)
            .ToImmutableArray();
}
