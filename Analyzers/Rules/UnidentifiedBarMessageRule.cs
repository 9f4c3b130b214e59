using System.Collections.Generic;
using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.Logging;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Rules;

/// <summary>FG0102: a message about a BAR that does not print the device, the BAR register and the size.</summary>
internal static class UnidentifiedBarMessageRule
{
    private const LogRoles Required = LogRoles.Device | LogRoles.Register | LogRoles.Size;

    public static void Analyze(in OperationAnalysisContext context, ShimCall call, FirmwareGuardContext firmwareGuard)
    {
        if (call.Format is not { } format || !call.ArgumentsKnown)
        {
            return;
        }

        var roles = firmwareGuard.RolesFor(OperationTrees.Of(call.Invocation));
        var printed = LogRoles.None;
        foreach (var argument in call.Arguments)
        {
            printed |= roles.RolesOf(argument.Value);
        }

        if ((printed & Required) == Required || !(NamesABar(format.Parsed.Text) || (printed & LogRoles.Register) != 0))
        {
            return;
        }

        ShimCallReport.Report(
            context,
            Descriptors.UnidentifiedBarMessage,
            call.FormatValue!.Syntax.GetLocation(),
            null,
            null,
            null,
            Missing(printed));
    }

    /// <summary>True when the text has the word "bar" on its own, in any case.</summary>
    public static bool NamesABar(string text)
    {
        for (var i = text.IndexOf("bar", System.StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf("bar", i + 1, System.StringComparison.OrdinalIgnoreCase))
        {
            if ((i == 0 || !IsWordCharacter(text[i - 1])) && (i + 3 == text.Length || !IsWordCharacter(text[i + 3])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static string Missing(LogRoles printed)
    {
        var missing = new List<string>();
        if ((printed & LogRoles.Device) == 0)
        {
            missing.Add("device");
        }

        if ((printed & LogRoles.Register) == 0)
        {
            missing.Add("BAR register");
        }

        if ((printed & LogRoles.Size) == 0)
        {
            missing.Add("size");
        }

        return missing.Count switch
        {
            1 => missing[0],
            2 => missing[0] + " or " + missing[1],
            _ => missing[0] + ", " + missing[1] + " or " + missing[2],
        };
    }
}
