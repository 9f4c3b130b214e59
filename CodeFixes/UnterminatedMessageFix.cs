using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.FirmwareLog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// FG0104: a message that leaves its line open ends it: <c>\n</c> appended to the format where its
/// last character is written (<c>+ "\n"</c> after a verbatim or raw literal). Not offered when the
/// format ends in a <c>const</c> from elsewhere, or in a lone <c>%</c> that the newline would turn
/// into a directive.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnterminatedMessageFix)), Shared]
public sealed class UnterminatedMessageFix : ShimCallFixProvider
{
    /// <summary><c>"done"</c> → <c>"done\n"</c>.</summary>
    public const string AppendNewlineKey = "FG0104.AppendNewline";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.UnterminatedMessage);

    internal override string FirstActionKey => AppendNewlineKey;

    internal override bool IsReportedOn(ShimCall call, Diagnostic diagnostic) =>
        call.FormatValue is { } format && format.Syntax.Span == diagnostic.Location.SourceSpan;

    internal override IEnumerable<CallFix> FixesFor(ShimCall call, Diagnostic diagnostic)
    {
        if (Messages.LeavesLineOpen(call) && !call.Format!.Directives.Any(d => d.Behavior.Directive.IsTruncated))
        {
            yield return new CallFix("Append `\\n` to end the line", AppendNewlineKey, CallEdit.Empty.WithNewlineAppended());
        }
    }
}
