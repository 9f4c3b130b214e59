using System;
using System.Globalization;
using FirmwareGuard.Calls;
using FirmwareGuard.Dialects;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.FirmwareLog;

/// <summary>
/// The most characters a call with a constant format can print, each directive given the longest
/// value its argument's type allows: literal text as the printer writes it (EDK2's <c>\n</c> is two
/// characters, <c>\r\n</c>), integers by the bits, signedness and radix the printer prints them
/// with (a narrower unsigned argument, or a constant, by its own largest value), their sign, commas,
/// precision and width; strings by their precision, or their length when they are constants. What
/// has no bound the call shows — a string of unknown length, a width or precision read from a
/// variable — is left out, and the count is then only a lower bound.
/// </summary>
internal readonly struct PrintedLength
{
    /// <summary>A GUID as EDK2's <c>%g</c> prints it: <c>8BE4DF61-93CA-11D2-AA0D-00E098032B8C</c>.</summary>
    private const int GuidLength = 36;

    /// <summary>A time as EDK2's <c>%t</c> prints it: <c>MM/DD/YYYY  HH:MM</c>.</summary>
    private const int TimeLength = 17;

    /// <summary>EDK2's longest status name, <c>Warning Buffer Too Small</c>; an unknown status prints eight hex digits.</summary>
    private const int StatusLength = 24;

    private PrintedLength(int characters, bool isLowerBound)
    {
        Characters = characters;
        IsLowerBound = isLowerBound;
    }

    public int Characters { get; }

    /// <summary>Some piece was left out: the call can print more than <see cref="Characters"/>.</summary>
    public bool IsLowerBound { get; }

    public static PrintedLength Of(ShimCall call, FormatAnalysis format)
    {
        var text = format.Parsed.Text;
        var dialect = format.Dialect;
        var characters = 0;
        var isLowerBound = false;
        var position = 0;
        var directives = format.Directives;
        for (var i = 0; i < directives.Length; i++)
        {
            var behavior = directives[i].Behavior;
            if (behavior.IsStar)
            {
                continue;
            }

            var written = behavior.Directive;
            characters += dialect.Written(text.Substring(position, written.Start - position)).Length;
            position = written.End;

            var printed = Printed(call, directives[i], i - behavior.StarsRead);
            characters += printed.Characters;
            isLowerBound |= printed.IsLowerBound;
        }

        characters += dialect.Written(text.Substring(position)).Length;
        return new PrintedLength(characters, isLowerBound);
    }

    /// <summary>What one directive prints at most; its <c>*</c>s are the behaviors from <paramref name="firstStar"/> up to it.</summary>
    private static PrintedLength Printed(ShimCall call, PlacedDirective placed, int firstStar)
    {
        var behavior = placed.Behavior;
        switch (behavior.Verdict)
        {
            case DirectiveVerdict.EscapedPercent:
                return new PrintedLength(1, false);
            case DirectiveVerdict.Unsupported:
                return new PrintedLength(behavior.PrintedInstead.Length, false);
            case DirectiveVerdict.Malformed:
                return new PrintedLength(0, true);
        }

        var spec = behavior.Spec!;
        var directive = behavior.Directive;
        var starsKnown = behavior.StarsRead == (directive.WidthFromArgument ? 1 : 0) + (directive.PrecisionFromArgument ? 1 : 0);
        int? width = !spec.HonorsWidth ? 0
            : !directive.WidthFromArgument ? directive.Width ?? 0
            : starsKnown ? StarValue(call, firstStar, placed.Index) : null;
        int? precision = !spec.Has(ConversionOptions.Precision) || !directive.HasPrecision ? null
            : !directive.PrecisionFromArgument ? directive.Precision
            : starsKnown ? StarValue(call, placed.Index - 1, placed.Index) : null;

        // A precision read from a variable can be anything: the content is counted as if there were none.
        var precisionUnknown = spec.Has(ConversionOptions.Precision) && directive.HasPrecision && precision is null;
        int? content = spec.Kind switch
        {
            _ when spec.IsInteger || spec.Kind == ConversionKind.Pointer => Integer(call, placed, spec, precision, width ?? 0),
            ConversionKind.Character => 1,
            ConversionKind.String => precision ?? ConstantLength(call, placed),
            ConversionKind.NarrowString => precision,
            ConversionKind.Guid => precision ?? GuidLength,
            ConversionKind.Time => precision ?? TimeLength,
            ConversionKind.Status => precision ?? StatusLength,
            _ => 0,
        };
        return new PrintedLength(Math.Max(width ?? 0, content ?? 0), width is null || content is null || precisionUnknown);
    }

    /// <summary>The width or precision the <c>*</c> at <paramref name="index"/> reads, when it is a constant that is not negative; else null.</summary>
    private static int? StarValue(ShimCall call, int index, int directiveIndex)
    {
        var directives = call.Format!.Directives;
        return index >= 0 && index < directiveIndex
            && directives[index].Behavior.IsStar
            && call.ValueArgumentOf(directives[index])?.Value.ConstantValue is { HasValue: true, Value: var value }
            && value is int or uint or short or ushort or sbyte or byte or long or ulong
            && Convert.ToDecimal(value, CultureInfo.InvariantCulture) is var number and >= 0 and <= int.MaxValue
                ? (int)number
                : null;
    }

    /// <summary>The longest text a constant <c>string</c> argument can be (up to a NUL, where the printer stops), else null.</summary>
    private static int? ConstantLength(ShimCall call, PlacedDirective placed)
    {
        if (!call.ReadsItsOwnArgument(placed)
            || call.ValueArgumentOf(placed) is not { Class: ArgumentClass.String } argument
            || LineEffect.ConstantTexts(argument.Value) is not { } texts)
        {
            return null;
        }

        var longest = 0;
        foreach (var text in texts)
        {
            var nul = text.IndexOf('\0');
            longest = Math.Max(longest, nul < 0 ? text.Length : nul);
        }

        return longest;
    }

    /// <summary>
    /// An integer's digits (at least the precision), commas and sign; where the dialect puts a negative
    /// number's sign before padding that counts digits only (hvmloader), padded to the width as well.
    /// </summary>
    private static int Integer(ShimCall call, PlacedDirective placed, ConversionSpec spec, int? precision, int width)
    {
        var directive = placed.Behavior.Directive;
        var radix = spec.Kind switch
        {
            ConversionKind.Octal => 8u,
            ConversionKind.SignedDecimal or ConversionKind.UnsignedDecimal => 10u,
            _ => 16u,
        };
        var bits = spec.PrintedBits;
        var smallLimit = 1UL << (bits - 1);
        var small = spec.Kind != ConversionKind.Pointer && FillsWhatIsRead(call, placed, spec)
            && LargestValue(call.ValueArgumentOf(placed)!.Value.Value) is { } largest && largest < smallLimit
            ? largest
            : (ulong?)null;
        var isSigned = spec.Kind == ConversionKind.SignedDecimal;
        var value = small ?? (isSigned ? smallLimit : ulong.MaxValue >> (64 - bits));
        var digits = Digits(value, radix);
        var commas = radix == 10 && directive.HasFlag(',') && spec.Has(ConversionOptions.Comma);
        if (commas)
        {
            digits += (digits - 1) / 3;
        }
        else if (precision is { } minimum)
        {
            digits = Math.Max(digits, minimum);
        }

        var mayBeNegative = isSigned && small is null;
        if (mayBeNegative && call.Dialect.SignBeforePadding)
        {
            return Math.Max(width, digits) + 1;
        }

        var signed = mayBeNegative
            || (directive.HasFlag('+') && spec.Has(ConversionOptions.Plus))
            || (directive.HasFlag(' ') && spec.Has(ConversionOptions.Space));
        return digits + (signed ? 1 : 0);
    }

    /// <summary>
    /// The printer reads the directive's own argument and nothing else: on 8-byte slots a 64-bit
    /// directive given a 32-bit value reads an undefined upper half with it.
    /// </summary>
    private static bool FillsWhatIsRead(ShimCall call, PlacedDirective placed, ConversionSpec spec) =>
        call.ReadsItsOwnArgument(placed)
        && (call.Dialect.BitsRead(spec) <= 32 || call.ValueArgumentOf(placed)!.Value.Class == ArgumentClass.Integer64);

    private static int Digits(ulong value, uint radix)
    {
        var digits = 1;
        for (; value >= radix; value /= radix)
        {
            digits++;
        }

        return digits;
    }

    /// <summary>The largest value an argument can have when it can never be negative (a constant, or an unsigned type); else null.</summary>
    private static ulong? LargestValue(IOperation value)
    {
        if (value.ConstantValue is { HasValue: true, Value: { } constant })
        {
            return constant switch
            {
                bool b => b ? 1UL : 0UL,
                char c => c,
                byte or ushort or uint or ulong => Convert.ToUInt64(constant, CultureInfo.InvariantCulture),
                sbyte or short or int or long when Convert.ToInt64(constant, CultureInfo.InvariantCulture) is >= 0 and var n => (ulong)n,
                _ => null,
            };
        }

        var type = value.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying } ? underlying : value.Type;
        return type?.SpecialType switch
        {
            SpecialType.System_Boolean => 1UL,
            SpecialType.System_Byte => byte.MaxValue,
            SpecialType.System_UInt16 or SpecialType.System_Char => ushort.MaxValue,
            SpecialType.System_UInt32 => uint.MaxValue,
            SpecialType.System_UInt64 => ulong.MaxValue,
            _ => null,
        };
    }
}
