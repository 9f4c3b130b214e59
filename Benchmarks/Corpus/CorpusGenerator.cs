using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FirmwareGuard.Benchmarks.Corpus;

/// <summary>
/// Writes a deterministic corpus of firmware-style C#: device classes whose methods are made of
/// <see cref="BlockTemplates"/>, one shim call and one <c>string.Format</c> call per block, so
/// about one invocation in four is a shim call. The same seed gives the same code for both
/// variants; the buggy one replaces one call in <see cref="BugInterval"/> by a <see cref="PlantedBug"/>,
/// adds each <see cref="PlantedDeclaration"/> to one device class in <see cref="DeclarationInterval"/>
/// and has a <see cref="PlantedDialectFile"/> and the <see cref="PlantedShimSettings"/>.
/// </summary>
internal static class CorpusGenerator
{
    public const int BugInterval = 10;
    public const int DeclarationInterval = 10;
    private const int BlocksPerFile = 100;

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static GeneratedCorpus Generate(int shimCalls, CorpusVariant variant, int seed)
    {
        var random = new Random(seed);
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>();
        var expected = new SortedDictionary<string, int>(StringComparer.Ordinal);
        trees.Add(Parse(SupportSource.Text, SupportSource.FileName));

        var block = 0;
        for (var device = 0; block < shimCalls; device++)
        {
            var blocksInFile = Math.Min(BlocksPerFile, shimCalls - block);
            var text = new DeviceWriter(device, random, variant, expected).Write(block, blocksInFile);
            trees.Add(Parse(text, $"Device{device:D4}.cs"));
            block += blocksInFile;
        }

        var additionalFiles = ImmutableArray<AdditionalText>.Empty;
        var settings = PlantedShimSettings.None;
        if (variant == CorpusVariant.Buggy)
        {
            additionalFiles = ImmutableArray.Create<AdditionalText>(new PlantedDialectFile());
            expected[PlantedDialectFile.RuleId] = 1;
            settings = new PlantedShimSettings();
            expected[PlantedShimSettings.MissingShimRuleId] = 1;
            expected[PlantedShimSettings.UnresolvedTypeRuleId] = 1;
        }

        var built = trees.ToImmutable();
        return new GeneratedCorpus(variant, built, additionalFiles, settings, Measure(built, expected));
    }

    private static SyntaxTree Parse(string text, string path) =>
        CSharpSyntaxTree.ParseText(text, ParseOptions, path, Encoding.UTF8);

    private static CorpusManifest Measure(ImmutableArray<SyntaxTree> trees, IReadOnlyDictionary<string, int> expected)
    {
        int lines = 0, invocations = 0, shimCalls = 0, formatCalls = 0;
        var formats = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            lines += tree.GetText().Lines.Count;
            foreach (var invocation in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                invocations++;
                switch (invocation.Expression.ToString())
                {
                    case "Log.Printf":
                        shimCalls++;
                        if (invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax literal)
                        {
                            formats.Add(literal.Token.ValueText);
                        }

                        break;
                    case "string.Format":
                        formatCalls++;
                        break;
                }
            }
        }

        return new CorpusManifest(trees.Length, lines, invocations, shimCalls, formatCalls, formats.Count, expected);
    }

    private sealed class DeviceWriter
    {
        private readonly int device;
        private readonly Random random;
        private readonly CorpusVariant variant;
        private readonly SortedDictionary<string, int> expected;
        private readonly StringBuilder text = new();

        public DeviceWriter(int device, Random random, CorpusVariant variant, SortedDictionary<string, int> expected)
        {
            this.device = device;
            this.random = random;
            this.variant = variant;
            this.expected = expected;
        }

        public string Write(int firstBlock, int blocks)
        {
            text.Append(CultureInfo.InvariantCulture, $$"""
                using System;

                namespace Firmware.Corpus
                {
                    internal static class Device{{device:D4}}
                    {
                        internal const uint PciIsaDevfn = 0x08;
                        internal const int E820Entries = 4;
                        internal static uint pciMemStart = 0xf0000000;
                        internal static uint pciMemEnd = 0xfc000000;
                        internal static uint lowMemPgend = 0x3f000;
                        internal static uint highMemPgend;
                        internal static ulong highMemBase;
                        internal static uint mmioTotal;
                        internal static uint vgaDevfn;
                        internal static bool bar64Relocate;
                        internal static object[] savedArguments = { 0u, 0u };

                """);
            var block = firstBlock;
            var end = firstBlock + blocks;
            for (var method = 0; block < end; method++)
            {
                var blocksInMethod = Math.Min(random.Next(3, 9), end - block);
                text.Append(CultureInfo.InvariantCulture, $$"""
                            public static string Setup{{method}}(PciBus bus, uint devfn)
                            {
                                var label = string.Empty;

                    """);
                for (var local = 0; local < blocksInMethod; local++, block++)
                {
                    WriteBlock(block, local);
                }

                text.Append("""
                                return label;
                            }


                    """);
            }

            if (variant == CorpusVariant.Buggy && device % DeclarationInterval == 0)
            {
                WritePlantedDeclarations();
            }

            text.Append("""
                    }
                }

                """);
            return text.ToString();
        }

        private void WritePlantedDeclarations()
        {
            foreach (var declaration in PlantedDeclaration.All)
            {
                Expect(declaration.RuleId);
                text.Append(' ', 8)
                    .Append(declaration.Member.Replace("$DEV$", device.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
                    .Append("\n\n");
            }
        }

        private void Expect(string ruleId) =>
            expected[ruleId] = (expected.TryGetValue(ruleId, out var count) ? count : 0) + 1;

        private void WriteBlock(int block, int local)
        {
            var bug = variant == CorpusVariant.Buggy && block % BugInterval == BugInterval / 2
                ? PlantedBug.All[(block / BugInterval) % PlantedBug.All.Length]
                : null;
            var templates = bug is { ReplacesFormatCall: false } ? BlockTemplates.WithoutMustLogCall : BlockTemplates.All;
            var template = templates[random.Next(templates.Length)];
            if (bug is not null)
            {
                Expect(bug.RuleId);
            }

            var body = template
                .Replace("$N$", local.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("$DEV$", device.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            foreach (var rawLine in body.Split('\n'))
            {
                var line = rawLine.TrimEnd('\r');
                var indentation = line.Length - line.TrimStart().Length;
                var statement = line.TrimStart();
                var marker = statement.StartsWith(BlockTemplates.ShimMarker, StringComparison.Ordinal) ? BlockTemplates.ShimMarker
                    : statement.StartsWith(BlockTemplates.FormatMarker, StringComparison.Ordinal) ? BlockTemplates.FormatMarker
                    : null;
                if (marker is not null)
                {
                    statement = statement.Substring(marker.Length + 1);
                    if (bug is not null && bug.ReplacesFormatCall == (marker == BlockTemplates.FormatMarker))
                    {
                        statement = bug.Statement;
                    }
                }

                text.Append(' ', 12 + indentation).Append(statement).Append('\n');
            }

            text.Append('\n');
        }
    }
}
