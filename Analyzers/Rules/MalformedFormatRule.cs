using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.Dialects;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Rules;

/// <summary>FG0006: a '%' at the very end of the format, or a directive C does not define (<c>%5%</c>).</summary>
internal static class MalformedFormatRule
{
    public static void Analyze(in OperationAnalysisContext context, ShimCall call)
    {
        if (call.Format is not { IsMalformed: true } format)
        {
            return;
        }

        foreach (var directive in format.Directives)
        {
            if (directive.Behavior.Verdict != DirectiveVerdict.Malformed)
            {
                continue;
            }

            ShimCallReport.Report(
                context,
                call,
                Descriptors.MalformedFormat,
                call.Locate(directive),
                null,
                directive.Index,
                null,
                Wording.Format(directive.Text),
                directive.Behavior.Effect);
        }
    }
}
