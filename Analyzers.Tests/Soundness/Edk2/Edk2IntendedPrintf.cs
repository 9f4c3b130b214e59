using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace FirmwareGuard.Tests.Soundness.Edk2;

/// <summary>
/// What an EDK2 <c>DEBUG()</c> call means to print: every directive gets its own C# argument, whole.
/// C's conversions keep C's meaning (<see cref="ReferencePrintf"/>), with <c>L</c> read as <c>ll</c> and
/// <c>%x</c> in upper case, the one cosmetic difference EDK2 has from C. EDK2's own conversions keep
/// EDK2's meaning: <c>%a</c> a narrow string (<c>byte[]</c>), <c>%s</c> a UTF-16 one (<c>string</c>,
/// <c>char[]</c>), <c>%g</c> a <c>Guid</c>, <c>%t</c> a <c>DateTime</c>, <c>%r</c> a status name and
/// <c>%p</c> a pointer-sized number in upper-case hex, both for a value that fits in <c>UINTN</c>; the
/// <c>,</c> flag groups decimal digits; <c>*</c> takes the argument's value as the width or precision.
/// The field around them is C's: a precision cuts a string, a width pads with spaces. A <c>null</c>
/// argument means nothing here, as in C. The format's line ends are EDK2's. Returns null where the
/// call has no meaning: a type that does not fit, a missing argument, a bad directive.
/// </summary>
internal static class Edk2IntendedPrintf
{
    private const ulong WidestField = 4096;

    private static readonly Regex Directive = new(
        @"\G%(?<flags>[-+ #0,]*)(?<width>\*|[0-9]+)?(?:\.(?<precision>\*|[0-9]*))?(?<length>hh|ll|h|l|L|j|z|q)?(?<conversion>.)",
        RegexOptions.CultureInvariant | RegexOptions.Singleline);

    /// <param name="format">The call's format.</param>
    /// <param name="arguments">The call's arguments.</param>
    /// <param name="architecture">Which EDK2 build prints it.</param>
    /// <param name="precisionPadsStrings">The dialect's declared cosmetic difference: a string shorter than its precision is padded on the left to it.</param>
    public static string? Print(string format, IReadOnlyList<object?> arguments, Edk2Architecture architecture, bool precisionPadsStrings)
    {
        var end = format.IndexOf('\0') is var nul and >= 0 ? nul : format.Length;
        var text = format.Substring(0, end);
        var output = new StringBuilder();
        var next = 0;
        for (var position = 0; position < end;)
        {
            if (Edk2LineEnds.IsLineEnd(text[position]))
            {
                var (lineEnd, length) = Edk2LineEnds.At(text, position, end);
                output.Append(lineEnd);
                position += length;
                continue;
            }

            if (text[position] != '%')
            {
                output.Append(text[position++]);
                continue;
            }

            var match = Directive.Match(text, position);
            if (!match.Success)
            {
                return null;
            }

            position += match.Length;
            var printed = match.Value == "%%" ? "%" : Convert(match, arguments, ref next, architecture, precisionPadsStrings);
            if (printed is null)
            {
                return null;
            }

            output.Append(printed);
        }

        return output.ToString();
    }

    private static string? Convert(Match match, IReadOnlyList<object?> arguments, ref int next, Edk2Architecture architecture, bool precisionPadsStrings)
    {
        var flags = match.Groups["flags"].Value;
        var conversion = match.Groups["conversion"].Value[0];
        if (conversion == '%'
            || Size(match.Groups["width"].Value, arguments, ref next) is not { } width
            || Size(match.Groups["precision"].Value, arguments, ref next) is not { } precision
            || next >= arguments.Count)
        {
            return null;
        }

        var argument = arguments[next++];
        var leftJustify = flags.Contains('-');
        var hasPrecision = match.Groups["precision"].Success;
        var naturalBits = architecture == Edk2Architecture.X64 ? 64 : 32;
        return conversion switch
        {
            'a' => Padded(Truncated(NarrowText(argument), hasPrecision, precision, precisionPadsStrings), width, leftJustify),
            's' or 'S' => Padded(Truncated(WideText(argument), hasPrecision, precision, precisionPadsStrings), width, leftJustify),
            'g' => Padded(GuidText(argument), width, leftJustify),
            't' => Padded(TimeText(argument), width, leftJustify),
            'r' => Padded(Natural(argument, naturalBits) is { } status ? Edk2StatusNames.Describe(status, naturalBits) : null, width, leftJustify),
            'p' => Padded(Natural(argument, naturalBits)?.ToString("X", CultureInfo.InvariantCulture), width, leftJustify),
            'd' or 'u' when flags.Contains(',') => Padded(Grouped(CFormat(match, conversion, string.Empty, string.Empty, argument, keepSign: true)), width, leftJustify),
            _ => CFormat(match, conversion, WidthText(match, width), hasPrecision ? "." + precision.ToString(CultureInfo.InvariantCulture) : string.Empty, argument, keepSign: false),
        };
    }

    /// <summary>
    /// A width or precision: absent (0), written in digits, or '*', taking the next argument's value,
    /// which must be an integer no wider than a field can sensibly be. Null where it has no meaning.
    /// </summary>
    private static ulong? Size(string written, IReadOnlyList<object?> arguments, ref int next)
    {
        if (written != "*")
        {
            return written.Length == 0 ? 0 : ulong.Parse(written, CultureInfo.InvariantCulture);
        }

        if (next >= arguments.Count || ReferencePrintf.AsInteger(arguments[next++]) is not { } size || size.Value > WidestField)
        {
            return null;
        }

        return size.Value;
    }

    private static string WidthText(Match match, ulong width) =>
        match.Groups["width"].Success ? width.ToString(CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>C's conversion, through the C oracle, rewritten without what C does not know (',', 'L'); '%x' in upper case.</summary>
    private static string? CFormat(Match match, char conversion, string width, string precision, object? argument, bool keepSign)
    {
        var flags = match.Groups["flags"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        if (keepSign)
        {
            flags = new string(flags.Where(f => f is '+' or ' ').ToArray());
        }

        var length = match.Groups["length"].Value == "L" ? "ll" : match.Groups["length"].Value;
        var printed = ReferencePrintf.Format($"%{flags}{width}{precision}{length}{conversion}", new[] { argument }, signBeforePadding: false);
        return conversion == 'x' && printed is not null ? UpperCaseHexDigits(printed) : printed;
    }

    private static string UpperCaseHexDigits(string text) =>
        new(text.Select(c => c is >= 'a' and <= 'f' ? char.ToUpperInvariant(c) : c).ToArray());

    private static string? Grouped(string? number)
    {
        if (number is null)
        {
            return null;
        }

        var digitsStart = number.Length > 0 && number[0] is '-' or '+' or ' ' ? 1 : 0;
        var digits = number.Substring(digitsStart);
        var grouped = new StringBuilder(number.Substring(0, digitsStart));
        for (var i = 0; i < digits.Length; i++)
        {
            grouped.Append(i > 0 && (digits.Length - i) % 3 == 0 ? "," : string.Empty).Append(digits[i]);
        }

        return grouped.ToString();
    }

    private static string? Padded(string? text, ulong width, bool leftJustify) =>
        text is null ? null : leftJustify ? text.PadRight((int)width) : text.PadLeft((int)width);

    /// <summary>A string cut to its precision and, where the dialect pads it, padded on the left up to it.</summary>
    private static string? Truncated(string? text, bool hasPrecision, ulong precision, bool padsToPrecision)
    {
        if (text is null || !hasPrecision)
        {
            return text;
        }

        return (ulong)text.Length > precision
            ? text.Substring(0, (int)precision)
            : padsToPrecision ? text.PadLeft((int)precision) : text;
    }

    /// <summary>An integer that fits in <c>UINTN</c>, as the unsigned number it is.</summary>
    private static ulong? Natural(object? argument, int naturalBits) =>
        ReferencePrintf.AsInteger(argument) is { } integer && integer.Bits <= naturalBits ? integer.Value : null;


    private static string? NarrowText(object? argument) => argument switch
    {
        byte[] bytes => Encoding.Latin1.GetString(bytes.TakeWhile(b => b != 0).ToArray()),
        _ => null,
    };

    private static string? WideText(object? argument) => argument switch
    {
        string text => text.Split('\0')[0],
        char[] text => new string(text.TakeWhile(c => c != '\0').ToArray()),
        _ => null,
    };

    private static string? GuidText(object? argument) => argument switch
    {
        Guid guid => guid.ToString("D").ToUpperInvariant(),
        _ => null,
    };

    private static string? TimeText(object? argument) => argument switch
    {
        DateTime time => time.ToString("MM'/'dd'/'yyyy'  'HH':'mm", CultureInfo.InvariantCulture),
        _ => null,
    };
}
