using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FirmwareGuard.Firmware.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;
using Xunit.Abstractions;

namespace FirmwareGuard.Tests.CodeFixes.OutputPreservation;

/// <summary>
/// The fixes' property: for generated calls (fixed seed) with 64-bit arguments, or with arguments
/// no directive reads, fixed with Fix All as <c>dotnet format</c> applies it, the program compiles
/// and each call runs before and after the fix, against the firmware runtime, with a trace of
/// every argument evaluation that has a side effect. (a) The fixed call has no error-severity FG
/// diagnostic left. (b) Each action meets its own oracle: the hi/lo split prints what a full 64-bit
/// printf prints (or, where its title announced a leading 0, the same value read as hex); hex halves
/// print the value as an unsigned 64-bit hex number; a checked narrowing prints the 64-bit decimal
/// when the value fits and throws OverflowException otherwise; a narrowed constant prints exactly;
/// every other argument prints the value it had when the original call evaluated it. (c) The
/// arguments are evaluated in the same sequence. (d) No rule reports in a fixed method that did
/// not report there before.
/// </summary>
public class FixPreservesOutputTests(ITestOutputHelper output)
{
    private const int Seed = 20130624;
    private const int Calls = 2100;
    private const int CallsPerDocument = 60;

    [Fact]
    public async Task TheFixPreservesTheOutput()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var generator = new CallGenerator(Seed);
        var modes = Enum.GetValues<FixMode>();
        var calls = Enumerable.Range(0, Calls).Select(id => generator.Next(id, modes[id % modes.Length])).ToList();
        var applier = new FixApplier(InMemoryAssembly.References);
        var fixedSources = new List<string>();
        foreach (var mode in modes)
        {
            foreach (var chunk in calls.Where(c => c.Mode == mode).Chunk(CallsPerDocument))
            {
                var (source, reported, left) = await applier.FixAsync(chunk, mode, CancellationToken.None);
                var errors = left.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                Assert.True(errors.Count == 0, $"(a) FG errors left after the {mode} fixes:\n{string.Join("\n", errors.Take(10))}");
                var added = Added(reported, left);
                Assert.True(added.Count == 0, $"(d) diagnostics the {mode} fixes added:\n{string.Join("\n", added.Take(10))}");
                fixedSources.Add(source);
            }
        }

        output.WriteLine($"fixes applied: {clock.Elapsed}");
        var before = InMemoryAssembly.Compile("Before", calls.Select(c => c.Source).Prepend(Prelude.Source));
        var after = InMemoryAssembly.Compile("After", fixedSources.Prepend(Prelude.Source));
        var afterSources = Methods(fixedSources);
        output.WriteLine($"compiled: {clock.Elapsed}");
        var inputSets = InputSets.Create(Seed);
        var checkedRuns = 0;
        foreach (var call in calls)
        {
            Assert.NotEqual(call.Source.Trim(), afterSources[call.MethodName].Trim());
            foreach (var inputs in inputSets)
            {
                Check(call, afterSources[call.MethodName], inputs, before.Run(call.MethodName, inputs), after.Run(call.MethodName, inputs));
                checkedRuns++;
            }
        }

        output.WriteLine($"checked {checkedRuns} runs: {clock.Elapsed}");
        Assert.Equal(Calls * InputSets.Count, checkedRuns);
    }

    /// <summary>The diagnostics after the fixes whose rule did not report in the same method before.</summary>
    private static List<string> Added(IEnumerable<Diagnostic> before, IEnumerable<Diagnostic> after)
    {
        var reported = before.Select(d => (Method: MethodOf(d), d.Id)).ToHashSet();
        return after.Where(d => !reported.Contains((MethodOf(d), d.Id))).Select(d => $"{MethodOf(d)}: {d}").ToList();
    }

    private static string MethodOf(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree?.GetRoot().FindNode(diagnostic.Location.SourceSpan)
            .AncestorsAndSelf().OfType<MethodDeclarationSyntax>().FirstOrDefault()?.Identifier.ValueText ?? string.Empty;

    /// <summary>Each fixed method's text, by name, for the failure messages.</summary>
    private static Dictionary<string, string> Methods(IEnumerable<string> sources) =>
        sources.SelectMany(source => source.Split("public static partial class Cases", StringSplitOptions.RemoveEmptyEntries))
            .Select(unit => "public static partial class Cases" + unit)
            .ToDictionary(unit => unit.Split("public static string ")[1].Split('(')[0]);

    private static void Check(GeneratedCall call, string fixedSource, ulong[] inputs, (string? Output, string Events) before, (string? Output, string Events) after)
    {
        var context = $"{call.Mode} with inputs [{string.Join(", ", inputs.Select(i => "0x" + i.ToString("x", CultureInfo.InvariantCulture)))}]\nbefore:\n{call.Source}\nafter:\n{fixedSource}";
        var mustThrow = call.Mode == FixMode.CheckedNarrowing && call.Pieces.Any(p => p.IsWide && !FitsNarrowing(p, inputs));
        if (mustThrow)
        {
            Assert.True(after.Output is null, "(b) a checked narrowing of a value that does not fit must throw OverflowException\n" + context);
            Assert.True(before.Events.StartsWith(after.Events, StringComparison.Ordinal), $"(c) evaluations up to the throw differ: {before.Events} / {after.Events}\n{context}");
            return;
        }

        Assert.True(before.Events == after.Events, $"(c) evaluations differ: {before.Events} / {after.Events}\n{context}");
        Assert.NotNull(after.Output);
        var printed = Segments(after.Output!, call.Pieces.Count, context);
        for (var i = 0; i < call.Pieces.Count; i++)
        {
            var piece = call.Pieces[i];
            if (!piece.IsWide)
            {
                Assert.True(Doprint.Emit(piece.Directive, new[] { piece.Boxed(inputs) }) == printed[i], $"(b) {piece.Directive} of {piece.Expression} changed: {printed[i]}\n{context}");
                continue;
            }

            var intended = piece.Intended(inputs);
            var bits = piece.ValueBits(inputs);
            var ok = call.Mode switch
            {
                FixMode.SplitHalves => printed[i] == intended || (!SplitsExactly(piece.Directive) && ReadsAsHex(printed[i], bits)),
                FixMode.HexHalves => printed[i].StartsWith("0x", StringComparison.Ordinal) && ReadsAsHex(printed[i], bits),
                _ => printed[i] == intended,
            };
            Assert.True(ok, $"(b) {piece.Directive} of {piece.Expression} = 0x{bits:x} printed '{printed[i]}', meant '{intended}'\n{context}");
        }
    }

    /// <summary>The output <c>[s0] [s1] ...\n</c> cut back into the text each directive printed.</summary>
    private static string[] Segments(string output, int count, string context)
    {
        Assert.True(output.StartsWith('[') && output.EndsWith("]\n", StringComparison.Ordinal), $"unexpected output '{output}'\n{context}");
        var segments = output.Substring(1, output.Length - 3).Split("] [");
        Assert.True(segments.Length == count, $"unexpected output '{output}'\n{context}");
        return segments;
    }

    /// <summary>
    /// A zero-padded width of 9 or more splits exactly; anything else prints values below
    /// 4 GiB with a leading 0 (announced in the title, which the unit tests check), and C's <c>#</c>
    /// prints 0 without its prefix.
    /// </summary>
    private static bool SplitsExactly(string directive)
    {
        var flagsAndWidth = directive.Substring(1, directive.Length - 2).TrimEnd('l');
        return flagsAndWidth.StartsWith('0') && int.Parse(flagsAndWidth, CultureInfo.InvariantCulture) >= 9;
    }

    private static bool ReadsAsHex(string text, ulong bits)
    {
        var digits = text.Trim();
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            digits = digits.Substring(2);
        }

        return digits.Length > 0 && ulong.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value) && value == bits;
    }

    private static bool FitsNarrowing(Piece piece, ulong[] inputs)
    {
        var bits = piece.ValueBits(inputs);
        decimal value = piece.Kind == PieceKind.SignedWide ? unchecked((long)bits) : bits;
        return piece.Directive.EndsWith('d')
            ? value >= int.MinValue && value <= int.MaxValue
            : value >= 0 && value <= uint.MaxValue;
    }
}
