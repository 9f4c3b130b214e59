using System;
using System.Collections.Generic;
using System.Linq;
using FirmwareGuard.Benchmarks.Corpus;

namespace FirmwareGuard.Benchmarks.Measurement;

/// <summary>The medians of every measurement at one corpus size and shape.</summary>
internal sealed class SizeResult
{
    public SizeResult(CorpusManifest manifest, IReadOnlyList<Run> runs, string buggyCheck)
    {
        Manifest = manifest;
        Iterations = runs.Count(r => r.Mode == Mode.CompileOnly);
        CompileMs = Median(runs, Mode.CompileOnly, r => r.WallTime.TotalMilliseconds);
        NoOpMs = Median(runs, Mode.NoOpAnalyzer, r => r.WallTime.TotalMilliseconds);
        FirmwareGuardWallMs = Median(runs, Mode.FirmwareGuard, r => r.WallTime.TotalMilliseconds);
        FirmwareGuardMs = Median(runs, Mode.FirmwareGuard, r => r.TotalAnalyzerTime.TotalMilliseconds);
        Ca2241WallMs = Median(runs, Mode.Ca2241, r => r.WallTime.TotalMilliseconds);
        Ca2241Ms = Median(runs, Mode.Ca2241, r => r.TotalAnalyzerTime.TotalMilliseconds);
        ChargesPauses = runs.Where(r => r.Mode != Mode.CompileOnly).All(r => r.PausesInCallbacks is not null);
        if (ChargesPauses)
        {
            FirmwareGuardPausesMs = Median(runs, Mode.FirmwareGuard, r => r.PausesInCallbacks!.Value.TotalMilliseconds);
            Ca2241PausesMs = Median(runs, Mode.Ca2241, r => r.PausesInCallbacks!.Value.TotalMilliseconds);
            FirmwareGuardWithoutPausesMs = Median(runs, Mode.FirmwareGuard, r => r.AnalyzerTimeWithoutPauses!.Value.TotalMilliseconds);
            Ca2241WithoutPausesMs = Median(runs, Mode.Ca2241, r => r.AnalyzerTimeWithoutPauses!.Value.TotalMilliseconds);
        }

        NoOpAllocated = Median(runs, Mode.NoOpAnalyzer, r => r.AllocatedBytes);
        FirmwareGuardAllocated = Median(runs, Mode.FirmwareGuard, r => r.AllocatedBytes);
        Ca2241Allocated = Median(runs, Mode.Ca2241, r => r.AllocatedBytes);
        PerAnalyzerMs = runs.Where(r => r.Mode is Mode.FirmwareGuard or Mode.Ca2241)
            .SelectMany(r => r.AnalyzerTimes)
            .GroupBy(pair => pair.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Measurement.Median.Of(g.Select(pair => pair.Value.TotalMilliseconds)), StringComparer.Ordinal);
        BuggyCheck = buggyCheck;
    }

    public CorpusManifest Manifest { get; }

    public int Iterations { get; }

    public double CompileMs { get; }

    public double NoOpMs { get; }

    public double FirmwareGuardWallMs { get; }

    /// <summary>Summed <c>ExecutionTime</c> of the FirmwareGuard analyzers: FirmwareGuard's cost.</summary>
    public double FirmwareGuardMs { get; }

    public double Ca2241WallMs { get; }

    public double Ca2241Ms { get; }

    /// <summary>Whether the runs charged the collection pauses inside the callbacks (<c>--charge-pauses</c>); the four figures below are measured only then.</summary>
    public bool ChargesPauses { get; }

    /// <summary>The collection pauses inside FirmwareGuard's callbacks, which <see cref="FirmwareGuardMs"/> includes.</summary>
    public double FirmwareGuardPausesMs { get; }

    public double Ca2241PausesMs { get; }

    /// <summary>FirmwareGuard's summed <c>ExecutionTime</c> without the collection pauses inside its callbacks: its own time.</summary>
    public double FirmwareGuardWithoutPausesMs { get; }

    public double Ca2241WithoutPausesMs { get; }

    public double NoOpAllocated { get; }

    public double FirmwareGuardAllocated { get; }

    public double Ca2241Allocated { get; }

    public IReadOnlyDictionary<string, double> PerAnalyzerMs { get; }

    public string BuggyCheck { get; }

    public double OperationBaselineMs => NoOpMs - CompileMs;

    public double FirmwareGuardShareOfCompile => FirmwareGuardMs / CompileMs;

    public double FirmwareGuardMicrosecondsPerShimCall => FirmwareGuardMs * 1000 / Manifest.ShimCalls;

    public double Ca2241MicrosecondsPerFormatCall => Ca2241Ms * 1000 / Manifest.FormatCalls;

    /// <summary>FirmwareGuard's summed callback time over CA2241's on the same corpus (per call, too, on the dense corpus, where the two kinds of call are as many).</summary>
    public double RatioToCa2241 => FirmwareGuardMs / Ca2241Ms;

    /// <summary><see cref="RatioToCa2241"/> without the collection pauses inside either's callbacks: what explains it, the analyzers' own times.</summary>
    public double RatioToCa2241WithoutPauses => FirmwareGuardWithoutPausesMs / Ca2241WithoutPausesMs;

    /// <summary>What FirmwareGuard allocates beyond the no-op analyzer run, per shim call.</summary>
    public double FirmwareGuardBytesPerShimCall => (FirmwareGuardAllocated - NoOpAllocated) / Manifest.ShimCalls;

    public double Ca2241BytesPerFormatCall => (Ca2241Allocated - NoOpAllocated) / Manifest.FormatCalls;

    private static double Median(IReadOnlyList<Run> runs, Mode mode, Func<Run, double> value) =>
        Measurement.Median.Of(runs.Where(r => r.Mode == mode).Select(value));
}
