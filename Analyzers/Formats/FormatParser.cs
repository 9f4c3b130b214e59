using System;
using System.Collections.Immutable;

namespace FirmwareGuard.Formats;

/// <summary>
/// Splits a format string into directives by the C standard's grammar. What a particular printer
/// makes of each directive is the <see cref="Dialects.Dialect"/>'s business, not the parser's.
/// </summary>
internal static class FormatParser
{
    private const string FlagCharacters = "-+ #0'";

    public static ParsedFormat Parse(string format) => Parse(format, null);

    /// <summary>
    /// Splits a format, letting a printer whose directives end elsewhere than C's (EDK2's <c>%,d</c>,
    /// <c>%t</c>) say where each one ends; the next directive is looked for after that.
    /// </summary>
    public static ParsedFormat Parse(string format, Func<string, FormatDirective, FormatDirective>? toThePrinter)
    {
        var directives = ImmutableArray.CreateBuilder<FormatDirective>();
        var index = format.IndexOf('%');
        while (index >= 0)
        {
            var directive = ParseDirective(format, index);
            if (toThePrinter is not null)
            {
                directive = toThePrinter(format, directive);
            }

            directives.Add(directive);
            index = directive.End < format.Length ? format.IndexOf('%', directive.End) : -1;
        }

        return new ParsedFormat(format, directives.ToImmutable());
    }

    /// <summary>Reads the directive whose <c>%</c> is at <paramref name="start"/>.</summary>
    public static FormatDirective ParseDirective(string format, int start)
    {
        var i = start + 1;

        var isPositional = false;
        var digitsEnd = SkipDigits(format, i);
        if (digitsEnd > i && digitsEnd < format.Length && format[digitsEnd] == '$')
        {
            isPositional = true;
            i = digitsEnd + 1;
        }

        var flagsStart = i;
        while (i < format.Length && FlagCharacters.IndexOf(format[i]) >= 0)
        {
            i++;
        }

        var flags = format.Substring(flagsStart, i - flagsStart);

        int? width = null;
        var widthFromArgument = false;
        if (i < format.Length && format[i] == '*')
        {
            widthFromArgument = true;
            i = SkipPositionalStar(format, i + 1);
        }
        else
        {
            var widthEnd = SkipDigits(format, i);
            if (widthEnd > i)
            {
                width = ReadNumber(format, i, widthEnd);
                i = widthEnd;
            }
        }

        int? precision = null;
        var precisionFromArgument = false;
        if (i < format.Length && format[i] == '.')
        {
            precision = 0;
            i++;
            if (i < format.Length && format[i] == '*')
            {
                precisionFromArgument = true;
                i = SkipPositionalStar(format, i + 1);
            }
            else
            {
                var precisionEnd = SkipDigits(format, i);
                precision = precisionEnd > i ? ReadNumber(format, i, precisionEnd) : 0;
                i = precisionEnd;
            }
        }

        var lengthStart = i;
        i = SkipLengthModifier(format, i);
        var lengthModifier = format.Substring(lengthStart, i - lengthStart);

        var conversion = i < format.Length ? format[i] : '\0';
        if (conversion != '\0')
        {
            i++;
        }

        return new FormatDirective(
            format, start, i - start, isPositional, flags, width, widthFromArgument,
            precision, precisionFromArgument, lengthModifier, conversion);
    }

    private static int SkipDigits(string format, int i)
    {
        while (i < format.Length && format[i] >= '0' && format[i] <= '9')
        {
            i++;
        }

        return i;
    }

    private static int SkipPositionalStar(string format, int i)
    {
        var digitsEnd = SkipDigits(format, i);
        return digitsEnd > i && digitsEnd < format.Length && format[digitsEnd] == '$' ? digitsEnd + 1 : i;
    }

    private static int ReadNumber(string format, int start, int end)
    {
        var value = 0;
        for (var i = start; i < end && value < 100_000; i++)
        {
            value = (value * 10) + (format[i] - '0');
        }

        return value;
    }

    private static int SkipLengthModifier(string format, int i)
    {
        if (i >= format.Length)
        {
            return i;
        }

        var c = format[i];
        if ((c == 'h' || c == 'l') && i + 1 < format.Length && format[i + 1] == c)
        {
            return i + 2;
        }

        return c is 'h' or 'l' or 'j' or 'z' or 't' or 'L' or 'q' ? i + 1 : i;
    }
}
