using System;
using System.Collections.Immutable;
using System.Linq;
using FirmwareGuard.Catalog;
using FirmwareGuard.Configuration;
using FirmwareGuard.Formats;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Rules;

/// <summary>FG0902: a dialect file (<c>*.printf-dialects.ini</c> in AdditionalFiles) with problems — one diagnostic per file, at its first bad line, listing them all.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidDialectFileAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidDialectFile);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var problems = ProjectDialects.Load(start.Options.AdditionalFiles, start.CancellationToken).Problems;
            if (!problems.IsEmpty)
            {
                start.RegisterAdditionalFileAction(file => Analyze(file, problems));
            }
        });
    }

    private static void Analyze(AdditionalFileAnalysisContext context, ImmutableArray<DialectFileProblems> problems)
    {
        var file = problems.FirstOrDefault(p => string.Equals(p.Path, context.AdditionalFile.Path, StringComparison.Ordinal));
        if (file is null)
        {
            return;
        }

        var listed = file.Text is null ? "the file could not be read" : FormatText.Escaped(string.Join("; ", file.Errors));
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidDialectFile, file.Location, FormatText.Escaped(System.IO.Path.GetFileName(file.Path)), listed));
    }
}
