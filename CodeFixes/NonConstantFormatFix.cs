using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace FirmwareGuard.CodeFixes;

/// <summary>FG0007: <c>Printf(s)</c> → <c>Printf("%s", s)</c>, so a '%' in the data is printed, not obeyed.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NonConstantFormatFix)), Shared]
public sealed class NonConstantFormatFix : ShimCallFixProvider
{
    public const string PrintAsStringKey = "FG0007.PrintAsString";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.NonConstantFormat);

    internal override string FirstActionKey => PrintAsStringKey;

    internal override bool IsReportedOn(ShimCall call, Diagnostic diagnostic) =>
        call.FormatValue is { } format && format.Syntax.Span == diagnostic.Location.SourceSpan;

    internal override IEnumerable<CallFix> FixesFor(ShimCall call, Diagnostic diagnostic)
    {
        if (call.Arguments.IsEmpty && call.ArgumentsKnown && call.FormatValue is { } format)
        {
            yield return new CallFix(
                $"Print {Wording.Code(format.Syntax.ToString())} through \"%s\"",
                PrintAsStringKey,
                CallEdit.Empty.WithFormatPrintedAsString());
        }
    }
}
