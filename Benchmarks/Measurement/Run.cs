using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Benchmarks.Measurement;

/// <summary>One measured compilation.</summary>
internal sealed class Run
{
    public Run(Mode mode, TimeSpan wallTime, long allocatedBytes, TimeSpan gcPauses, TimeSpan? pausesInCallbacks, IReadOnlyDictionary<string, TimeSpan> analyzerTimes, ImmutableArray<Diagnostic> diagnostics)
    {
        Mode = mode;
        WallTime = wallTime;
        AllocatedBytes = allocatedBytes;
        GcPauses = gcPauses;
        PausesInCallbacks = pausesInCallbacks;
        AnalyzerTimes = analyzerTimes;
        Diagnostics = diagnostics;
    }

    public Mode Mode { get; }

    public TimeSpan WallTime { get; }

    /// <summary>Bytes allocated by every thread of the process during the run.</summary>
    public long AllocatedBytes { get; }

    /// <summary>How long the garbage collector stopped the process during the run (compiler and analyzers alike).</summary>
    public TimeSpan GcPauses { get; }

    /// <summary>The part of <see cref="GcPauses"/> that elapsed inside the analyzers' callbacks, and so in their <c>ExecutionTime</c>; null when the run did not charge pauses.</summary>
    public TimeSpan? PausesInCallbacks { get; }

    /// <summary><c>AnalyzerTelemetryInfo.ExecutionTime</c> of each analyzer, by type name.</summary>
    public IReadOnlyDictionary<string, TimeSpan> AnalyzerTimes { get; }

    public TimeSpan TotalAnalyzerTime
    {
        get
        {
            var total = TimeSpan.Zero;
            foreach (var time in AnalyzerTimes.Values)
            {
                total += time;
            }

            return total;
        }
    }

    /// <summary>The analyzers' own time: <see cref="TotalAnalyzerTime"/> without <see cref="PausesInCallbacks"/>.</summary>
    public TimeSpan? AnalyzerTimeWithoutPauses => TotalAnalyzerTime - PausesInCallbacks;

    public ImmutableArray<Diagnostic> Diagnostics { get; }
}
