namespace FirmwareGuard.Benchmarks.Corpus;

/// <summary>Which corpus to generate from a seed: the same code, with or without planted findings.</summary>
internal enum CorpusVariant
{
    /// <summary>No finding for any FirmwareGuard rule or for CA2241: what the timing targets are measured on.</summary>
    Clean,

    /// <summary>The clean corpus with one call in <see cref="CorpusGenerator.BugInterval"/> replaced by a planted bug, planted declarations and a bad dialect file.</summary>
    Buggy,
}
