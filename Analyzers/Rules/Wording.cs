using System.Globalization;
using FirmwareGuard.Calls;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Rules;

/// <summary>How messages quote code: short, on one line, in backticks.</summary>
internal static class Wording
{
    private const int MaximumLength = 40;

    public static string Code(string text)
    {
        var oneLine = string.Join(" ", text.Split(new[] { '\r', '\n', '\t', ' ' }, System.StringSplitOptions.RemoveEmptyEntries));
        return "`" + (oneLine.Length > MaximumLength ? oneLine.Substring(0, MaximumLength - 1) + "…" : oneLine) + "`";
    }

    public static string Code(ShimArgument argument) => Code(argument.Syntax.ToString());

    public static string TypeOf(ShimArgument argument) =>
        argument.Class == ArgumentClass.Null ? "null" : argument.Type?.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) ?? "no type";

    public static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
