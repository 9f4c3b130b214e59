using System;
using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Benchmarks.Measurement.PauseCharging;

/// <summary>
/// The collection pauses that elapsed while an analyzer's callbacks ran, and the wrapping that charges
/// them. A pause stops every thread, so with callbacks running on several threads at once it is charged
/// to each of them, as each one's <c>ExecutionTime</c> is.
/// </summary>
internal sealed class CallbackPauses
{
    private long ticks;

    public TimeSpan Total => TimeSpan.FromTicks(Interlocked.Read(ref ticks));

    /// <summary><paramref name="callback"/>, adding the pauses that elapse while it runs to <see cref="Total"/>.</summary>
    public Action<TContext> Charged<TContext>(Action<TContext> callback) => context =>
    {
        var before = GC.GetTotalPauseDuration().Ticks;
        try
        {
            callback(context);
        }
        finally
        {
            var paused = GC.GetTotalPauseDuration().Ticks - before;
            if (paused != 0)
            {
                Interlocked.Add(ref ticks, paused);
            }
        }
    };

    /// <summary>A charged compilation start action whose own registrations are charged too.</summary>
    public Action<CompilationStartAnalysisContext> ChargedCompilationStart(Action<CompilationStartAnalysisContext> action) =>
        Charged<CompilationStartAnalysisContext>(start => action(new PauseChargingCompilationStartContext(start, this)));

    /// <summary>A charged symbol start action whose own registrations are charged too.</summary>
    public Action<SymbolStartAnalysisContext> ChargedSymbolStart(Action<SymbolStartAnalysisContext> action) =>
        Charged<SymbolStartAnalysisContext>(start => action(new PauseChargingSymbolStartContext(start, this)));

    /// <summary>A charged operation block start action whose own registrations are charged too.</summary>
    public Action<OperationBlockStartAnalysisContext> ChargedOperationBlockStart(Action<OperationBlockStartAnalysisContext> action) =>
        Charged<OperationBlockStartAnalysisContext>(start => action(new PauseChargingOperationBlockStartContext(start, this)));

    /// <summary>A charged code block start action whose own registrations are charged too.</summary>
    public Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> ChargedCodeBlockStart<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
        where TLanguageKindEnum : struct =>
        Charged<CodeBlockStartAnalysisContext<TLanguageKindEnum>>(start => action(new PauseChargingCodeBlockStartContext<TLanguageKindEnum>(start, this)));
}
