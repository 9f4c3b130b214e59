namespace FirmwareGuard.Benchmarks.Corpus;

/// <summary>How densely a corpus packs shim calls into its methods.</summary>
internal enum CorpusShape
{
    /// <summary>Methods of 3–8 <see cref="BlockTemplates"/>, each block with one shim call and one <c>string.Format</c> call.</summary>
    Dense,

    /// <summary>
    /// Methods of about ten ordinary statements (<see cref="SparseTemplates"/>) with about 1.2 shim calls
    /// each, a quarter of them with a <c>string.Format</c> call: what firmware code looks like.
    /// </summary>
    Sparse,
}
