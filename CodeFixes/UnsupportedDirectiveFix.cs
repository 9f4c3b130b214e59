using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// FG0002: a directive the printer does not read as C would, rewritten into one it does
/// (<c>%#x</c> → <c>0x%x</c>, <c>%i</c> → <c>%d</c>, <c>%llx</c> with a 32-bit value → <c>%x</c>,
/// <c>%hx</c> with a small value → <c>%x</c>), or, with a 64-bit value, FG0001's split in the same
/// action. Nothing where no faithful rewrite exists (<c>%f</c>, <c>%*d</c>, <c>%1$x</c>, <c>%p</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnsupportedDirectiveFix)), Shared]
public sealed class UnsupportedDirectiveFix : ShimCallFixProvider
{
    /// <summary>
    /// Each diagnostic's first action: the directive rewritten (its argument untouched), or, with a
    /// 64-bit value, its hi/lo split (<c>%x%08x</c>), hex halves (<c>0x%x%08x</c>) or a narrower constant.
    /// </summary>
    public const string DefaultKey = "FG0002.Default";

    /// <summary>A decimal directive of a 64-bit value rewritten as <c>%d</c>/<c>%u</c> with <c>checked((int)v)</c>/<c>checked((uint)v)</c>.</summary>
    public const string CheckedNarrowingKey = "FG0002.CheckedNarrowing";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnsupportedDirective);

    internal override string FirstActionKey => UnsupportedDirectiveFix.DefaultKey;

    internal override bool IsReportedOn(ShimCall call, Diagnostic diagnostic) =>
        call.Format is { } format
        && DiagnosticData.DirectiveIndex(diagnostic) is { } index
        && index < format.Directives.Length
        && call.Locate(format.Directives[index]).SourceSpan == diagnostic.Location.SourceSpan;

    internal override IEnumerable<CallFix> FixesFor(ShimCall call, Diagnostic diagnostic)
    {
        if (DiagnosticData.DirectiveIndex(diagnostic) is not { } index)
        {
            return Enumerable.Empty<CallFix>();
        }

        return DirectiveFixes.For(call, call.Format!.Directives[index])
            .Select((fix, position) => new CallFix(fix.Title, position == 0 ? DefaultKey : CheckedNarrowingKey, fix.Edit));
    }
}
