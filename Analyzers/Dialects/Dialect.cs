using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FirmwareGuard.Formats;

namespace FirmwareGuard.Dialects;

/// <summary>
/// A printer described as data: the directive grammar it reads (flags, width, length modifiers),
/// one row per conversion it knows, and what it does with anything else.
/// </summary>
internal sealed class Dialect
{
    private readonly Dictionary<string, ConversionSpec> conversions;

    public Dialect(
        string name,
        string description,
        string flagOrder,
        ImmutableArray<string> lengthModifiers,
        UnknownConversionPolicy unknownPolicy,
        bool signBeforePadding,
        IReadOnlyDictionary<string, ConversionSpec> conversions)
    {
        Name = name;
        Description = description;
        FlagOrder = flagOrder;
        LengthModifiers = lengthModifiers.OrderByDescending(m => m.Length).ToImmutableArray();
        UnknownPolicy = unknownPolicy;
        SignBeforePadding = signBeforePadding;
        this.conversions = new Dictionary<string, ConversionSpec>(conversions.Count);
        foreach (var pair in conversions)
        {
            this.conversions.Add(pair.Key, pair.Value);
        }
    }

    public string Name { get; }

    public string Description { get; }

    /// <summary>The optional flag characters, in the only order the printer reads them (hvmloader: <c>-</c> then <c>0</c>).</summary>
    public string FlagOrder { get; }

    /// <summary>Length modifiers the printer reads, longest first.</summary>
    public ImmutableArray<string> LengthModifiers { get; }

    public UnknownConversionPolicy UnknownPolicy { get; }

    /// <summary>
    /// The printer's one cosmetic difference from C: a negative number's <c>-</c> goes before the
    /// padding and the width counts digits only (<c>%5d</c> of -3 prints <c>-    3</c>).
    /// </summary>
    public bool SignBeforePadding { get; }

    /// <summary>True when some conversion reads a 64-bit value whole.</summary>
    public bool HasSixtyFourBitConversion => conversions.Values.Any(c => c.SlotsRead == 2 && c.PrintedBits == 64);

    public IReadOnlyDictionary<string, ConversionSpec> Conversions => conversions;

    /// <summary>Parses a format and reads every directive the way this printer does.</summary>
    public FormatAnalysis Analyze(string format)
    {
        var parsed = ExtendToThePrinter(FormatParser.Parse(format));
        var behaviors = ImmutableArray.CreateBuilder<DirectiveBehavior>(parsed.Directives.Length);
        foreach (var directive in parsed.Directives)
        {
            behaviors.Add(Interpret(directive));
        }

        return new FormatAnalysis(this, parsed, behaviors.MoveToImmutable());
    }

    /// <summary>
    /// Where the printer reads one character past C's directive as part of its conversion (SeaBIOS's
    /// <c>%pP</c>, <c>%l.s</c>), that character belongs to the directive rather than to the text after it.
    /// </summary>
    private ParsedFormat ExtendToThePrinter(ParsedFormat parsed)
    {
        var format = parsed.Text;
        var directives = parsed.Directives;
        for (var index = 0; index < directives.Length; index++)
        {
            var directive = directives[index];
            if (directive.IsTruncated || directive.Conversion == '%' || directive.End >= format.Length)
            {
                continue;
            }

            var longer = directive.Text + format[directive.End];
            var reading = ReadLikeThePrinter(longer);
            if (reading.Spec is { Kind: not ConversionKind.Nothing } && reading.End == longer.Length)
            {
                directives = directives.SetItem(index, directive.ExtendedByOne(format));
            }
        }

        return directives == parsed.Directives ? parsed : new ParsedFormat(format, directives);
    }

    public DirectiveBehavior Interpret(FormatDirective directive)
    {
        var intended = CMeaning.Of(directive);
        if (directive.IsEscapedPercent)
        {
            return new DirectiveBehavior(directive, DirectiveVerdict.EscapedPercent, null, intended, string.Empty);
        }

        if (directive.IsTruncated)
        {
            var effect = UnknownPolicy == UnknownConversionPolicy.PrintCharacter
                ? $"the format ends inside the directive; {Name}'s printf prints a NUL and reads on past the end of the string"
                : $"the format ends inside the directive; {Name}'s printf prints the text '{FormatText.Escaped(directive.Text)}'";
            return new DirectiveBehavior(directive, DirectiveVerdict.Malformed, null, intended, effect);
        }

        if (directive.Conversion == '%')
        {
            return new DirectiveBehavior(
                directive,
                DirectiveVerdict.Malformed,
                null,
                intended,
                $"C gives '%' no flags, width or length (only '%%' is a directive); {Name}'s printf {DescribeStrayPercent(directive.Text)}");
        }

        var reading = ReadLikeThePrinter(directive.Text);
        if (reading.Spec is null || reading.Spec.Kind == ConversionKind.Nothing || reading.End != directive.Text.Length)
        {
            return new DirectiveBehavior(directive, DirectiveVerdict.Unsupported, null, intended, DescribeUnsupported(directive.Text, reading));
        }

        var deviations = Deviations(directive, reading, intended);
        return deviations.Count == 0
            ? new DirectiveBehavior(directive, DirectiveVerdict.Faithful, reading.Spec, intended, string.Empty)
            : new DirectiveBehavior(directive, DirectiveVerdict.Deviates, reading.Spec, intended, string.Join("; ", deviations));
    }

    /// <summary>Walks a directive's text through this printer's grammar.</summary>
    private PrinterReading ReadLikeThePrinter(string text)
    {
        var i = 1;
        var leftJustify = false;
        var zeroPad = false;
        foreach (var flag in FlagOrder)
        {
            if (i < text.Length && text[i] == flag)
            {
                leftJustify |= flag == '-';
                zeroPad |= flag == '0';
                i++;
            }
        }

        while (i < text.Length && text[i] >= '0' && text[i] <= '9')
        {
            i++;
        }

        var length = string.Empty;
        foreach (var modifier in LengthModifiers)
        {
            if (string.CompareOrdinal(text, i, modifier, 0, modifier.Length) == 0)
            {
                length = modifier;
                i += modifier.Length;
                break;
            }
        }

        foreach (var keyLength in new[] { 2, 1 })
        {
            if (i + keyLength <= text.Length
                && conversions.TryGetValue(length + text.Substring(i, keyLength), out var spec))
            {
                return new PrinterReading(spec, i, i + keyLength, leftJustify, zeroPad);
            }
        }

        return new PrinterReading(null, i, i, leftJustify, zeroPad);
    }

    private string DescribeUnsupported(string text, PrinterReading reading)
    {
        var printed = PrintedText(text, reading);
        if (printed.Length == 0)
        {
            return "prints nothing and consumes no argument";
        }

        var dropped = text.Substring(0, text.Length - printed.Length);
        return dropped.Length == 0
            ? $"prints the text '{FormatText.Escaped(printed)}' and consumes no argument"
            : $"drops '{FormatText.Escaped(dropped)}', prints the text '{FormatText.Escaped(printed)}' and consumes no argument";
    }

    /// <summary>
    /// <c>%5%</c>, <c>%+%</c>: the printer reads its flags, width and length; if that brings it to the
    /// last '%', it prints a percent sign, otherwise it gives up earlier and that '%' starts a new directive.
    /// </summary>
    private string DescribeStrayPercent(string text)
    {
        var head = text.Substring(0, text.Length - 1);
        var reading = ReadLikeThePrinter(head);
        if (reading.Stop == head.Length)
        {
            return "prints '%'";
        }

        if (reading.Spec is { Kind: not ConversionKind.Nothing })
        {
            return $"reads '{FormatText.Escaped(head)}' as a directive, then the last '%' starts another";
        }

        var printed = PrintedText(head, reading);
        return (printed.Length == 0 ? "prints nothing" : $"prints the text '{FormatText.Escaped(printed)}'") + ", then the last '%' starts a new directive";
    }

    /// <summary>What the printer prints for a directive it does not understand: always the directive's tail, or the whole of it.</summary>
    private string PrintedText(string text, PrinterReading reading)
    {
        if (reading.Spec is { Kind: ConversionKind.Nothing })
        {
            return text.Substring(reading.End);
        }

        return UnknownPolicy == UnknownConversionPolicy.PrintCharacter ? text.Substring(reading.Stop) : text;
    }

    private static List<string> Deviations(FormatDirective directive, PrinterReading reading, CMeaning intended)
    {
        var spec = reading.Spec!;
        var deviations = new List<string>();
        if (intended.Kind is { } kind && kind != spec.Kind)
        {
            deviations.Add($"prints {Describe(spec.Kind)}, not {Describe(kind)}");
        }

        if (intended.Kind is not null && spec.SlotsRead * 32 < intended.ArgumentBits)
        {
            deviations.Add($"reads only {spec.SlotsRead * 32} of the {intended.ArgumentBits} bits C reads");
        }
        else if (intended.Kind is not null && spec.PrintedBits < intended.ValueBits)
        {
            deviations.Add($"reads {spec.SlotsRead * 32} bits but prints only the low {spec.PrintedBits}");
        }

        // A number or character always fills one column, so only a wider width can pad anything.
        var widthPads = directive.Width > (spec.Kind == ConversionKind.String ? 0 : 1);
        if (widthPads && !spec.HonorsWidth)
        {
            deviations.Add("ignores the width");
        }

        if (widthPads && spec.HonorsWidth && reading.LeftJustify && !spec.HonorsLeftJustify)
        {
            deviations.Add(reading.ZeroPad ? "ignores the '-' flag and aligns right, padding with zeros" : "ignores the '-' flag and aligns right");
        }

        if (reading.ZeroPad && widthPads && spec.HonorsWidth && spec.IsInteger && !spec.HonorsZeroPad)
        {
            deviations.Add("ignores the '0' flag and pads with spaces");
        }

        if (directive.HasPrecision)
        {
            deviations.Add(spec.Kind == ConversionKind.String ? "ignores the precision and prints the whole string" : "ignores the precision");
        }

        return deviations;
    }

    public static string Describe(ConversionKind kind) => kind switch
    {
        ConversionKind.SignedDecimal => "a signed decimal",
        ConversionKind.UnsignedDecimal => "an unsigned decimal",
        ConversionKind.Octal => "octal",
        ConversionKind.Hex => "lower-case hex",
        ConversionKind.HexUpper => "upper-case hex",
        ConversionKind.Character => "a character",
        ConversionKind.String => "a string",
        ConversionKind.Pointer => "a pointer",
        ConversionKind.Float => "a floating-point number",
        ConversionKind.WriteCount => "nothing (it stores a count)",
        ConversionKind.Percent => "a percent sign",
        _ => "nothing",
    };

    public override string ToString() => Name;

    private readonly struct PrinterReading
    {
        public PrinterReading(ConversionSpec? spec, int stop, int end, bool leftJustify, bool zeroPad)
        {
            Spec = spec;
            Stop = stop;
            End = end;
            LeftJustify = leftJustify;
            ZeroPad = zeroPad;
        }

        public ConversionSpec? Spec { get; }

        /// <summary>Where the conversion character sits (or the character the printer did not accept).</summary>
        public int Stop { get; }

        /// <summary>Just past the conversion the printer read.</summary>
        public int End { get; }

        public bool LeftJustify { get; }

        public bool ZeroPad { get; }
    }
}
