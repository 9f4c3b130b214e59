using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Benchmarks.Measurement.PauseCharging;

/// <summary>
/// Wraps one analyzer: the same diagnostics, and an <see cref="AnalysisContext"/> of its own that
/// registers every callback on the real context, at any depth, charged (<see cref="CallbackPauses.Charged"/>).
/// The callbacks receive the real contexts.
/// </summary>
internal sealed class PauseChargingAnalyzer : DiagnosticAnalyzer, IPauseCharging
{
    public PauseChargingAnalyzer(DiagnosticAnalyzer inner) => Inner = inner;

    public DiagnosticAnalyzer Inner { get; }

    public CallbackPauses Pauses { get; } = new();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Inner.SupportedDiagnostics;

    public override void Initialize(AnalysisContext context) => Inner.Initialize(new PauseChargingAnalysisContext(context, Pauses));
}
