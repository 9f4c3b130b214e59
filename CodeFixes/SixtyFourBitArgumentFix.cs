using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.Dialects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// FG0001: a 64-bit argument printed through 32-bit slots. Hex directives split it into halves
/// (Xen's <c>PRIllx</c>); decimal directives print hex halves or narrow it with <c>checked</c>; a
/// constant that fits becomes a 32-bit constant.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SixtyFourBitArgumentFix)), Shared]
public sealed class SixtyFourBitArgumentFix : ShimCallFixProvider
{
    /// <summary>
    /// Each diagnostic's first action: <c>%llx</c> with <c>v</c> → <c>%x%08x</c> with <c>(uint)(v &gt;&gt; 32), (uint)v</c>;
    /// <c>%lld</c> → <c>0x%x%08x</c> with the halves; a constant that fits → a 32-bit constant.
    /// </summary>
    public const string DefaultKey = "FG0001.Default";

    /// <summary><c>%lld</c> with <c>v</c> → <c>%d</c> with <c>checked((int)v)</c>.</summary>
    public const string CheckedNarrowingKey = "FG0001.CheckedNarrowing";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.SixtyFourBitArgument);

    internal override string FirstActionKey => SixtyFourBitArgumentFix.DefaultKey;

    internal override bool IsReportedOn(ShimCall call, Diagnostic diagnostic) =>
        DiagnosticData.ArgumentIndex(diagnostic) is { } index
        && index < call.Arguments.Length
        && call.Arguments[index].Syntax.Span == diagnostic.Location.SourceSpan;

    internal override IEnumerable<CallFix> FixesFor(ShimCall call, Diagnostic diagnostic)
    {
        if (call.Format is not { } format
            || DiagnosticData.DirectiveIndex(diagnostic) is not { } directiveIndex
            || directiveIndex >= format.Directives.Length
            || DiagnosticData.ArgumentIndex(diagnostic) != format.Directives[directiveIndex].ValueArgument)
        {
            return Enumerable.Empty<CallFix>();
        }

        return FixesFor(call, format.Directives[directiveIndex]);
    }

    /// <summary>
    /// The analyzer reports the first 64-bit argument that shifts the slots; a later one is reported
    /// only once the earlier is fixed. Fix All takes the later ones of the same call too.
    /// </summary>
    internal override IEnumerable<CallFix> FixAllFixesFor(ShimCall call, Diagnostic diagnostic)
    {
        var fixes = FixesFor(call, diagnostic).ToList();
        if (fixes.Count == 0 || call.Format is not { } format)
        {
            return fixes;
        }

        var later = format.Directives.Where(d =>
            d.ValueArgument > DiagnosticData.ArgumentIndex(diagnostic)
            && call.ValueArgumentOf(d) is { Class: ArgumentClass.Integer64 });
        return fixes.Concat(later.SelectMany(d => FixesFor(call, d)));
    }

    private static IEnumerable<CallFix> FixesFor(ShimCall call, PlacedDirective directive) =>
        DirectiveFixes.For(call, directive)
            .Where(fix => fix.Kind != DirectiveFixKind.Rewrite)
            .Select((fix, index) => new CallFix(fix.Title, index == 0 ? DefaultKey : CheckedNarrowingKey, fix.Edit));
}
