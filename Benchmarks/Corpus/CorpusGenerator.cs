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
/// Writes a deterministic corpus of firmware-style C# in one of two <see cref="CorpusShape"/>s:
/// device classes whose methods are made of <see cref="BlockTemplates"/> (dense: one shim call and one
/// <c>string.Format</c> call per block, so about one invocation in four is a shim call) or of
/// <see cref="SparseTemplates"/> (sparse: about ten ordinary statements and 1.2 shim calls per method).
/// The same seed gives the same code for both variants; the buggy one replaces one shim call in
/// <see cref="BugInterval"/> (or the <c>string.Format</c> call next to it) by a <see cref="PlantedBug"/>,
/// adds each <see cref="PlantedDeclaration"/> to one device class in <see cref="DeclarationInterval"/>
/// and has a <see cref="PlantedDialectFile"/> and the <see cref="PlantedShimSettings"/>.
/// </summary>
internal static class CorpusGenerator
{
    public const int BugInterval = 10;
    public const int DeclarationInterval = 10;
    private const int DenseShimCallsPerFile = 100;

    /// <summary>About 2,000 lines a file: the size of the single-document measurement.</summary>
    private const int SparseShimCallsPerFile = 51;

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static GeneratedCorpus Generate(int shimCalls, CorpusVariant variant, int seed) =>
        Generate(shimCalls, variant, seed, CorpusShape.Dense);

    public static GeneratedCorpus Generate(int shimCalls, CorpusVariant variant, int seed, CorpusShape shape)
    {
        var random = new Random(seed);
        var trees = ImmutableArray.CreateBuilder<SyntaxTree>();
        var expected = new SortedDictionary<string, int>(StringComparer.Ordinal);
        trees.Add(Parse(SupportSource.Text, SupportSource.FileName));

        var perFile = shape == CorpusShape.Dense ? DenseShimCallsPerFile : SparseShimCallsPerFile;
        var shimCall = 0;
        for (var device = 0; shimCall < shimCalls; device++)
        {
            var callsInFile = Math.Min(perFile, shimCalls - shimCall);
            var text = new DeviceWriter(device, random, variant, expected).Write(shape, shimCall, callsInFile);
            trees.Add(Parse(text, $"Device{device:D4}.cs"));
            shimCall += callsInFile;
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
        return new GeneratedCorpus(variant, built, additionalFiles, settings, Measure(shape, built, expected));
    }

    private static SyntaxTree Parse(string text, string path) =>
        CSharpSyntaxTree.ParseText(text, ParseOptions, path, Encoding.UTF8);

    private static CorpusManifest Measure(CorpusShape shape, ImmutableArray<SyntaxTree> trees, IReadOnlyDictionary<string, int> expected)
    {
        int lines = 0, methods = 0, invocations = 0, shimCalls = 0, formatCalls = 0;
        var formats = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            lines += tree.GetText().Lines.Count;
            methods += tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Count();
            foreach (var invocation in tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                invocations++;
                switch (invocation.Expression.ToString())
                {
                    case "Log.Printf" or "Uefi.Debug":
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

        return new CorpusManifest(shape, trees.Length, methods, lines, invocations, shimCalls, formatCalls, formats.Count, expected);
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

        public string Write(CorpusShape shape, int firstShimCall, int shimCalls)
        {
            // The dense blocks assign every field; a sparse file may not, and a field never assigned is a warning (CS0649).
            var initial = shape == CorpusShape.Sparse ? " = default" : string.Empty;
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
                        internal static ulong highMemBase{{initial}};
                        internal static uint mmioTotal;
                        internal static uint vgaDevfn{{initial}};
                        internal static bool bar64Relocate{{initial}};
                        internal static object[] savedArguments = { 0u, 0u };

                """);
            var shimCall = firstShimCall;
            var end = firstShimCall + shimCalls;
            for (var method = 0; shimCall < end; method++)
            {
                text.Append(CultureInfo.InvariantCulture, $$"""
                            public static string Setup{{method}}(PciBus bus, uint devfn)
                            {
                                var label = string.Empty;

                    """);
                shimCall = shape == CorpusShape.Dense
                    ? WriteDenseBody(shimCall, end)
                    : WriteSparseBody(shimCall, end);
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

        /// <summary>3–8 blocks, one shim call each; returns the index of the next shim call.</summary>
        private int WriteDenseBody(int shimCall, int end)
        {
            var blocks = Math.Min(random.Next(3, 9), end - shimCall);
            for (var local = 0; local < blocks; local++, shimCall++)
            {
                var bug = BugAt(shimCall);
                var templates = bug is { ReplacesFormatCall: false } ? BlockTemplates.WithoutMustLogCall : BlockTemplates.All;
                WritePiece(templates[random.Next(templates.Length)], local, bug);
            }

            return shimCall;
        }

        /// <summary>
        /// 6–8 ordinary statement templates (about ten statements), one call site (two in one method of five) and, in one method of
        /// four, a <c>string.Format</c> statement, in random order; returns the index of the next shim call.
        /// </summary>
        private int WriteSparseBody(int shimCall, int end)
        {
            var statements = random.Next(6, 9);
            var callSites = Math.Min(random.Next(5) == 0 ? 2 : 1, end - shimCall);
            var hasFormat = random.Next(4) == 0;
            var pieces = new List<(string Template, PlantedBug? Bug)>();
            for (var statement = 0; statement < statements; statement++)
            {
                pieces.Add((SparseTemplates.Statements[random.Next(SparseTemplates.Statements.Length)], null));
            }

            for (var site = 0; site < callSites; site++, shimCall++)
            {
                var bug = BugAt(shimCall);
                if (bug is { ReplacesFormatCall: true })
                {
                    // CA2241's bug goes into the method's format statement, which this method then has.
                    hasFormat = false;
                    pieces.Insert(random.Next(pieces.Count + 1), (SparseTemplates.FormatStatement, bug));
                    bug = null;
                }

                var templates = bug is null ? SparseTemplates.CallSites : SparseTemplates.CallSitesWithoutMustLogCall;
                pieces.Insert(random.Next(pieces.Count + 1), (templates[random.Next(templates.Length)], bug));
            }

            if (hasFormat)
            {
                pieces.Insert(random.Next(pieces.Count + 1), (SparseTemplates.FormatStatement, null));
            }

            text.Append(' ', 12).Append("uint acc = devfn;\n\n");
            for (var local = 0; local < pieces.Count; local++)
            {
                WritePiece(pieces[local].Template, local, pieces[local].Bug);
            }

            text.Append(' ', 12).Append("mmioTotal += acc;\n");
            return shimCall;
        }

        private PlantedBug? BugAt(int shimCall)
        {
            if (variant != CorpusVariant.Buggy || shimCall % BugInterval != BugInterval / 2)
            {
                return null;
            }

            var bug = PlantedBug.All[(shimCall / BugInterval) % PlantedBug.All.Length];
            Expect(bug.RuleId);
            return bug;
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

        /// <summary>Writes a template with its markers removed; a bug replaces the marked call it is planted on.</summary>
        private void WritePiece(string template, int local, PlantedBug? bug)
        {
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
