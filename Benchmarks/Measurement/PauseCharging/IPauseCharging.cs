using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Benchmarks.Measurement.PauseCharging;

/// <summary>An analyzer or suppressor that runs <see cref="Inner"/> unchanged and charges the collection pauses inside its callbacks to <see cref="Pauses"/>.</summary>
internal interface IPauseCharging
{
    DiagnosticAnalyzer Inner { get; }

    CallbackPauses Pauses { get; }
}
