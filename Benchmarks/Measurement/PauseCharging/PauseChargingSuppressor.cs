using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Benchmarks.Measurement.PauseCharging;

/// <summary>Wraps one suppressor, whose one callback is <see cref="DiagnosticSuppressor.ReportSuppressions"/>: the same suppressions, reported charged.</summary>
internal sealed class PauseChargingSuppressor : DiagnosticSuppressor, IPauseCharging
{
    private readonly DiagnosticSuppressor inner;
    private readonly Action<SuppressionAnalysisContext> reportSuppressions;

    public PauseChargingSuppressor(DiagnosticSuppressor inner)
    {
        this.inner = inner;
        reportSuppressions = Pauses.Charged<SuppressionAnalysisContext>(inner.ReportSuppressions);
    }

    public DiagnosticAnalyzer Inner => inner;

    public CallbackPauses Pauses { get; } = new();

    public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions => inner.SupportedSuppressions;

    public override void ReportSuppressions(SuppressionAnalysisContext context) => reportSuppressions(context);
}
