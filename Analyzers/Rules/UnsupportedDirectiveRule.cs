using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.Dialects;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Rules;

/// <summary>FG0002: a directive the printer does not print as C would.</summary>
internal static class UnsupportedDirectiveRule
{
    public static void Analyze(in OperationAnalysisContext context, ShimCall call)
    {
        if (call.Format is not { HasProblem: true } format)
        {
            return;
        }

        foreach (var directive in format.Directives)
        {
            if (directive.Behavior.Verdict is not (DirectiveVerdict.Unsupported or DirectiveVerdict.Deviates))
            {
                continue;
            }

            ShimCallReport.Report(
                context,
                call,
                Descriptors.UnsupportedDirective,
                call.Locate(directive),
                call.ValueArgumentOf(directive)?.Location,
                directive.Index,
                call.ValueArgumentOf(directive)?.Index,
                Wording.Format(directive.Text),
                call.Dialect.Name,
                directive.Behavior.Effect);
        }
    }
}
