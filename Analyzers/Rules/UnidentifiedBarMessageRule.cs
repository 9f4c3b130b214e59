using System.Collections.Generic;
using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.FirmwareLog;
using FirmwareGuard.Marks;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Rules;

/// <summary>FG0102: a message about a BAR that does not print the device, the BAR register and the size.</summary>
internal static class UnidentifiedBarMessageRule
{
    private const LogRoles Required = LogRoles.Device | LogRoles.Register | LogRoles.Size;

    /// <summary>The roles only a BAR's values play: a device number is printed in many other messages.</summary>
    private const LogRoles BarValue = LogRoles.Register | LogRoles.Size | LogRoles.Address;

    public static void Analyze(in OperationAnalysisContext context, ShimCall call, TreeRoles treeRoles)
    {
        if (call.Format is not { } format || !call.ArgumentsKnown)
        {
            return;
        }

        var roles = treeRoles.For(OperationTrees.Of(call.Invocation));
        var namesABar = NamesABar(format.Parsed.Text);
        if (!namesABar && !PrintsAnAttributedRegister(call, roles))
        {
            return;
        }

        RoleResolver.Roles printed = default;
        foreach (var argument in call.Arguments)
        {
            printed |= roles.RolesOf(argument.Value);
        }

        if ((printed.All & Required) == Required || !IsBarMessage(namesABar, printed))
        {
            return;
        }

        ShimCallReport.Report(
            context,
            call,
            Descriptors.UnidentifiedBarMessage,
            call.FormatValue!.Syntax.GetLocation(),
            null,
            null,
            null,
            Missing(printed.All));
    }

    /// <summary>
    /// A message about a BAR: its text names a BAR and it prints a BAR's register, size or address;
    /// or it prints a value an attribute marks as a BAR register. A name alone does not make one
    /// (<c>"retries %u", bar</c> in a menu), nor the word alone (<c>"BAR MTRR cache attribute set to %s"</c>).
    /// </summary>
    private static bool IsBarMessage(bool textNamesABar, RoleResolver.Roles printed) =>
        (printed.Attributed & LogRoles.Register) != 0 || ((printed.All & BarValue) != 0 && textNamesABar);

    /// <summary>
    /// Whether an attribute marks a printed value as a BAR register: what alone makes a message whose
    /// text names no BAR a BAR message, asked first because it matches no names.
    /// </summary>
    private static bool PrintsAnAttributedRegister(ShimCall call, RoleResolver roles)
    {
        foreach (var argument in call.Arguments)
        {
            if ((roles.AttributedRolesOf(argument.Value) & LogRoles.Register) != 0)
            {
                return true;
            }
        }

        return false;
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
