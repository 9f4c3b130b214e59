using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// FG0004: removes every argument no directive reads. An argument with side effects is still
/// evaluated, in order, as <c>_ = ...;</c> before the statement (earlier arguments with side
/// effects move into locals to keep the order); where that cannot be done, nothing is offered.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ExtraArgumentFix)), Shared]
public sealed class ExtraArgumentFix : ShimCallFixProvider
{
    public const string RemoveKey = "FG0004.RemoveExtraArguments";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.ExtraArgument);

    internal override string FirstActionKey => RemoveKey;

    internal override bool IsReportedOn(ShimCall call, Diagnostic diagnostic) =>
        DiagnosticData.ArgumentIndex(diagnostic) is { } index
        && index < call.Arguments.Length
        && call.Arguments[index].Syntax.Span == diagnostic.Location.SourceSpan;

    internal override IEnumerable<CallFix> FixesFor(ShimCall call, Diagnostic diagnostic)
    {
        if (call.Format is not { } format || format.IntendedArgumentCount >= call.Arguments.Length)
        {
            yield break;
        }

        var extras = call.Arguments.Skip(format.IntendedArgumentCount).ToList();
        var edit = extras.Aggregate(CallEdit.Empty, (e, argument) => e.WithArgument(argument.Index, ArgumentChange.Remove));
        var title = extras.Count == 1
            ? $"Remove {Wording.Code(extras[0])}, which no directive reads"
            : $"Remove the {extras.Count} arguments no directive reads";
        if (extras.Any(a => !Purity.IsSideEffectFree(a.Value)))
        {
            title += extras.Count == 1 ? ", keeping its side effects" : ", keeping their side effects";
        }

        yield return new CallFix(title, RemoveKey, edit);
    }
}
