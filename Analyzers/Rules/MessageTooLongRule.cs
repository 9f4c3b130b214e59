using System.Globalization;
using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.FirmwareLog;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Rules;

/// <summary>
/// FG0009: a console message that can print more characters than its dialect's output keeps
/// (<c>message-limit</c>: EDK2's serial <c>DEBUG()</c> formats into 256 bytes and cuts the rest). The
/// count is <see cref="PrintedLength"/>'s: the longest the constant format prints with the largest
/// values its arguments' types allow, leaving out what has no bound, so it never overstates.
/// </summary>
internal static class MessageTooLongRule
{
    public static void Analyze(in OperationAnalysisContext context, ShimCall call)
    {
        if (call.Dialect.MessageLimit is not { } limit
            || call.Format is not { } format
            || call.FormatValue is not { } formatValue
            || !Messages.IsMessage(call))
        {
            return;
        }

        var length = PrintedLength.Of(call, format);
        if (length.Characters <= limit)
        {
            return;
        }

        ShimCallReport.Report(
            context,
            call,
            Descriptors.MessageTooLong,
            formatValue.Syntax.GetLocation(),
            null,
            null,
            null,
            Wording.Code(formatValue.Syntax.ToString()),
            length.IsLowerBound ? "at least" : "up to",
            length.Characters.ToString(CultureInfo.InvariantCulture),
            call.Dialect.Name,
            call.Dialect.Console,
            limit.ToString(CultureInfo.InvariantCulture));
    }
}
