using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Benchmarks.Corpus;

/// <summary>The parsed files of one corpus and what it is expected to produce.</summary>
internal sealed class GeneratedCorpus
{
    public GeneratedCorpus(CorpusVariant variant, ImmutableArray<SyntaxTree> trees, ImmutableArray<AdditionalText> additionalFiles, AnalyzerConfigOptionsProvider settings, CorpusManifest manifest)
    {
        Variant = variant;
        Trees = trees;
        AdditionalFiles = additionalFiles;
        Settings = settings;
        Manifest = manifest;
    }

    public CorpusVariant Variant { get; }

    public ImmutableArray<SyntaxTree> Trees { get; }

    /// <summary>The project's additional files: the buggy corpus's dialect file, none for the clean one.</summary>
    public ImmutableArray<AdditionalText> AdditionalFiles { get; }

    /// <summary>The project's .editorconfig settings: the buggy corpus's shim list, none for the clean one.</summary>
    public AnalyzerConfigOptionsProvider Settings { get; }

    public CorpusManifest Manifest { get; }
}
