using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Benchmarks.Corpus;

/// <summary>The parsed files of one corpus and what it is expected to produce.</summary>
internal sealed class GeneratedCorpus
{
    public GeneratedCorpus(CorpusVariant variant, ImmutableArray<SyntaxTree> trees, CorpusManifest manifest)
    {
        Variant = variant;
        Trees = trees;
        Manifest = manifest;
    }

    public CorpusVariant Variant { get; }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public CorpusManifest Manifest { get; }
}
