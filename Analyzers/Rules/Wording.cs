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

    /// <summary>The argument's type as written: <c>ulong</c>, <c>enum Size : ulong</c>, <c>null</c>.</summary>
    public static string TypeOf(ShimArgument argument) => argument.Class == ArgumentClass.Null
        ? "null"
        : argument.Type switch
        {
            INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying } enumType =>
                $"enum {enumType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)} : {underlying.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}",
            { } type => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
            null => "no type",
        };

    public static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
