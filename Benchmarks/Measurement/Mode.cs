namespace FirmwareGuard.Benchmarks.Measurement;

/// <summary>The four in-process measurements, each a full compilation of the same corpus.</summary>
internal enum Mode
{
    /// <summary>(a) <c>Compilation.GetDiagnostics()</c> alone.</summary>
    CompileOnly,

    /// <summary>(b) with an invocation analyzer that does nothing: the IOperation baseline.</summary>
    NoOpAnalyzer,

    /// <summary>(c) with every FirmwareGuard analyzer.</summary>
    FirmwareGuard,

    /// <summary>(d) with CA2241 only, forced to warning.</summary>
    Ca2241,
}
