using System;

namespace FirmwareGuard.Benchmarks.Measurement;

/// <summary>One measured request for a document's diagnostics: its wall time and the analyzers' summed <c>ExecutionTime</c> in it.</summary>
internal sealed record DocumentRun(Mode Mode, TimeSpan WallTime, TimeSpan AnalyzerTime);
