using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.Dialects;
using FirmwareGuard.FirmwareLog;
using FirmwareGuard.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// FG0101: a 64-bit value printed only by its lower half gets its upper half too, as patch 2/8 of
/// the Xen series did for BAR bases: <c>"%08x", (uint)v</c> → <c>"%x%08x", (uint)(v &gt;&gt; 32), (uint)v</c>.
/// Offered only for a hex directive the dialect prints faithfully, and for a value that can be read
/// twice (it has no side effects).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PartialSixtyFourBitValueFix)), Shared]
public sealed class PartialSixtyFourBitValueFix : ShimCallFixProvider
{
    /// <summary><c>%08x</c> with <c>(uint)v</c> → <c>%x%08x</c> with <c>(uint)(v &gt;&gt; 32), (uint)v</c>.</summary>
    public const string PrintBothHalvesKey = "FG0101.PrintBothHalves";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.PartialSixtyFourBitValue);

    internal override string FirstActionKey => PrintBothHalvesKey;

    internal override bool IsReportedOn(ShimCall call, Diagnostic diagnostic) =>
        DiagnosticData.ArgumentIndex(diagnostic) is { } index
        && index < call.Arguments.Length
        && call.Arguments[index].Syntax.Span == diagnostic.Location.SourceSpan;

    internal override IEnumerable<CallFix> FixesFor(ShimCall call, Diagnostic diagnostic)
    {
        if (call.Format is not { } format
            || DiagnosticData.DirectiveIndex(diagnostic) is not { } directiveIndex
            || directiveIndex >= format.Directives.Length
            || DiagnosticData.ArgumentIndex(diagnostic) is not { } argumentIndex
            || argumentIndex >= call.Arguments.Length)
        {
            yield break;
        }

        var directive = format.Directives[directiveIndex];
        var argument = call.Arguments[argumentIndex];
        if (directive.ValueArgument != argumentIndex
            || directive.FirstArgument != argumentIndex
            || directive.Behavior.Verdict != DirectiveVerdict.Faithful
            || DirectiveSpelling.Of(directive.Behavior.Directive, argument, format.Dialect) is not { IsHex: true, Prefix.Length: 0 } spelling
            || WordHalf.Of(argument.Value) is not { Half: Half.Lower } lower
            || !WordHalf.IsSixtyFourBitInteger(lower.Value.Type)
            || !Purity.IsSideEffectFree(lower.Value))
        {
            yield break;
        }

        var halves = spelling.SplitHalves(out _);
        yield return new CallFix(
            $"Print the upper half of {Wording.Code(lower.Value.Syntax.ToString())} too ({Wording.Code(halves)})",
            PrintBothHalvesKey,
            CallEdit.Empty.WithDirective(directiveIndex, halves).WithArgument(argumentIndex, ArgumentChange.PrependUpperHalf));
    }
}
