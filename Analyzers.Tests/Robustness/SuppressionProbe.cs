using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Tests.Robustness;

/// <summary>Suppresses every CS0168 (a local declared and never used), and collects garbage while it does, recording that collection's pause.</summary>
#pragma warning disable RS1001 // Run by the tests through CompilationWithAnalyzers: never discovered.
internal sealed class SuppressionProbe : DiagnosticSuppressor
{
    private static readonly SuppressionDescriptor UnusedLocal = new("PROBES0168", "CS0168", "Suppressed by the test probe.");

    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions => ImmutableArray.Create(UnusedLocal);

    public TimeSpan PauseOfTheCollection { get; private set; }

    public override void ReportSuppressions(SuppressionAnalysisContext context)
    {
        var before = GC.GetTotalPauseDuration();
        GC.Collect();
        PauseOfTheCollection = GC.GetTotalPauseDuration() - before;
        foreach (var diagnostic in context.ReportedDiagnostics)
        {
            context.ReportSuppression(Suppression.Create(UnusedLocal, diagnostic));
        }
    }
}
#pragma warning restore RS1001
