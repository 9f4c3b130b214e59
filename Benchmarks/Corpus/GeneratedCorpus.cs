using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Benchmarks.Corpus;

/// <summary>The parsed files of one corpus and what it is expected to produce.</summary>
internal sealed class GeneratedCorpus
{
    public GeneratedCorpus(CorpusVariant variant, ImmutableArray<SyntaxTree> trees, ImmutableArray<AdditionalText> additionalFiles, CorpusManifest manifest)
    {
        Variant = variant;
        Trees = trees;
        AdditionalFiles = additionalFiles;
        Manifest = manifest;
    }

    public CorpusVariant Variant { get; }

    public ImmutableArray<SyntaxTree> Trees { get; }

    /// <summary>The project's additional files: the buggy corpus's dialect file, none for the clean one.</summary>
    public ImmutableArray<AdditionalText> AdditionalFiles { get; }

    public CorpusManifest Manifest { get; }
}
