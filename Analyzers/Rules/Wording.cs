using System.Globalization;
using System.Text;
using FirmwareGuard.Calls;
using FirmwareGuard.Formats;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Rules;

/// <summary>How messages quote code: short, on one line, in backticks.</summary>
internal static class Wording
{
    private const int MaximumLength = 40;

    /// <summary>C# source, its line breaks and runs of white space (and any control character) folded into one space.</summary>
    public static string Code(string text)
    {
        var words = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var isBreak = char.IsWhiteSpace(c) || FormatText.IsLineBreaking(c);
            if (!isBreak)
            {
                words.Append(c);
            }
            else if (words.Length > 0 && words[words.Length - 1] != ' ')
            {
                words.Append(' ');
            }
        }

        return Quoted(words.ToString().TrimEnd());
    }

    /// <summary>Format text (a directive, or what the printer prints) with its control characters escaped as C writes them.</summary>
    public static string Format(string text) => Quoted(FormatText.Escaped(text));

    private static string Quoted(string oneLine) =>
        "`" + (oneLine.Length > MaximumLength ? oneLine.Substring(0, MaximumLength - 1) + "…" : oneLine) + "`";

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
