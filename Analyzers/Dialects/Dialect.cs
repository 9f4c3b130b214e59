using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using FirmwareGuard.Formats;

namespace FirmwareGuard.Dialects;

/// <summary>
/// A printer described as data: the directive grammar it reads (flags, width, length modifiers),
/// one row per conversion it knows, and what it does with anything else.
/// </summary>
internal sealed class Dialect
{
    private readonly Dictionary<string, ConversionSpec> conversions;
    private readonly DialectSettings settings;
    private readonly string anyOrderLength;

    /// <summary>A <c>*</c> reads one whole slot (EDK2: a <c>UINTN</c>) as the width or precision.</summary>
    private readonly ConversionSpec starSpec;

    public Dialect(string name, DialectSettings settings, IReadOnlyDictionary<string, ConversionSpec> conversions)
    {
        Name = name;
        this.settings = settings;
        starSpec = new ConversionSpec(ConversionKind.SignedDecimal, 1, settings.SlotBytes * 8, ConversionOptions.None);
        LengthModifiers = settings.LengthModifiers.OrderByDescending(m => m.Length).ToImmutableArray();
        anyOrderLength = settings.LengthModifiers.IsEmpty ? string.Empty : settings.LengthModifiers[0];
        this.conversions = new Dictionary<string, ConversionSpec>(conversions.Count);
        foreach (var pair in conversions)
        {
            this.conversions.Add(pair.Key, pair.Value);
        }
    }

    public string Name { get; }

    public string Description => settings.Description;

    /// <summary>The optional flag characters, in the only order the printer reads them (hvmloader: <c>-</c> then <c>0</c>), unless <see cref="AnyOrder"/>.</summary>
    public string FlagOrder => settings.Flags;

    /// <summary>Length modifiers the printer reads, longest first.</summary>
    public ImmutableArray<string> LengthModifiers { get; }

    public UnknownConversionPolicy UnknownPolicy => settings.UnknownPolicy;

    /// <summary>
    /// A cosmetic difference from C: a negative number's <c>-</c> goes before the padding and the
    /// width counts digits only (<c>%5d</c> of -3 prints <c>-    3</c>).
    /// </summary>
    public bool SignBeforePadding => settings.SignBeforePadding;

    /// <summary>A cosmetic difference from C: hex letters in the other case (EDK2's <c>%x</c> prints <c>ABC</c>).</summary>
    public bool HexCaseIsCosmetic => settings.HexCaseIsCosmetic;

    /// <summary>A cosmetic difference from C: a string shorter than the precision is padded on the left to it (EDK2's <c>%.5a</c> of <c>abc</c> prints <c>  abc</c>).</summary>
    public bool PrecisionPadsStrings => settings.PrecisionPadsStrings;

    /// <summary>Bytes per argument slot: 4 (a 64-bit value fills two) or 8 (every argument fills one).</summary>
    public int SlotBytes => settings.SlotBytes;

    public int SlotBits => settings.SlotBytes * 8;

    /// <summary>Flags, width, precision and length letters come in any order and may repeat.</summary>
    public bool AnyOrder => settings.AnyOrder;

    /// <summary>Arrays, spans, unmanaged pointers, <c>Guid</c> and <c>DateTime</c> arguments are passed as pointers.</summary>
    public bool PointerArguments => settings.PointerArguments;

    /// <summary>Where the printer's lines go, as a phrase a message can start with ("the Xen console").</summary>
    public string Console => settings.Console;

    /// <summary>The most characters of one message that reach the output, or null for no limit.</summary>
    public int? MessageLimit => settings.MessageLimit;

    /// <summary>What the printer writes for a line end of its format: <c>\r\n</c> where it writes every <c>\n</c> so.</summary>
    public string LineEnd => settings.Newline == NewlineStyle.CrLf ? "\r\n" : "\n";

    /// <summary>
    /// The format's literal text as the printer writes it: with <see cref="NewlineStyle.CrLf"/>, <c>\n</c>
    /// and <c>\n\r</c> become <c>\r\n</c>, and <c>\r\n</c> and a lone <c>\r</c> stay as they are.
    /// </summary>
    public string Written(string literal)
    {
        if (settings.Newline == NewlineStyle.AsWritten || literal.IndexOf('\n') < 0)
        {
            return literal;
        }

        var written = new StringBuilder(literal.Length + 8);
        for (var i = 0; i < literal.Length; i++)
        {
            var c = literal[i];
            var pairs = c is '\n' or '\r' && i + 1 < literal.Length && literal[i + 1] == (c == '\n' ? '\r' : '\n');
            if (c == '\n' || pairs)
            {
                written.Append("\r\n");
                i += pairs ? 1 : 0;
            }
            else
            {
                written.Append(c);
            }
        }

        return written.ToString();
    }

    /// <summary>True when some conversion reads a 64-bit value whole.</summary>
    public bool HasSixtyFourBitConversion => conversions.Values.Any(c => c.IsInteger && c.PrintedBits == 64);

    public IReadOnlyDictionary<string, ConversionSpec> Conversions => conversions;

    /// <summary>Bits of its argument a conversion reads: its slots on 4-byte slots; on 8-byte slots, what it prints.</summary>
    public int BitsRead(ConversionSpec spec) => SlotBytes == 8 ? spec.PrintedBits : spec.SlotsRead * SlotBits;

    /// <summary>Parses a format and reads every directive the way this printer does.</summary>
    public FormatAnalysis Analyze(string format)
    {
        var parsed = FormatParser.Parse(format, ToThePrinter);
        var behaviors = ImmutableArray.CreateBuilder<DirectiveBehavior>(parsed.Directives.Length);
        foreach (var directive in parsed.Directives)
        {
            var behavior = Interpret(directive);
            for (var star = 0; star < behavior.StarsRead; star++)
            {
                behaviors.Add(DirectiveBehavior.Star(directive, starSpec));
            }

            behaviors.Add(behavior);
        }

        return new FormatAnalysis(this, parsed, behaviors.ToImmutable());
    }

    /// <summary>
    /// Where the printer's conversion ends elsewhere than C's directive — one character past it (SeaBIOS's
    /// <c>%pP</c>, <c>%l.s</c>), or anywhere for a printer of its own grammar (EDK2's <c>%,d</c>, <c>%t</c>) —
    /// the directive is the printer's.
    /// </summary>
    private FormatDirective ToThePrinter(string format, FormatDirective directive)
    {
        if (directive.IsEscapedPercent)
        {
            return directive;
        }

        var reading = ReadLikeThePrinter(format, directive.Start);
        if (reading.Spec is not { Kind: not ConversionKind.Nothing } || (reading.End == directive.End && !directive.IsTruncated))
        {
            return directive;
        }

        // An ordered grammar read C's directive and one character more; in any order, C may have stopped at a flag of the printer's own (%,d).
        if (reading.End == directive.End + 1 && !directive.IsTruncated && !AnyOrder)
        {
            return directive.ExtendedByOne(format);
        }

        return new FormatDirective(
            format, directive.Start, reading.End - directive.Start, isPositional: false, reading.Flags, reading.Width,
            reading.WidthStars > 0, reading.Precision, reading.PrecisionStars > 0, reading.Length, format[reading.Stop]);
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
            return new DirectiveBehavior(directive, DirectiveVerdict.Malformed, null, intended, DescribeTruncated(directive));
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

        var reading = ReadLikeThePrinter(directive.Text, 0);
        if (reading.Spec is null || reading.Spec.Kind == ConversionKind.Nothing || reading.End != directive.Text.Length)
        {
            var printed = PrintedText(directive.Text, reading);
            return new DirectiveBehavior(directive, DirectiveVerdict.Unsupported, null, intended, DescribeUnsupported(directive.Text, reading, printed), printedInstead: printed);
        }

        var deviations = Deviations(directive, reading, intended);
        var verdict = deviations.Count == 0 ? DirectiveVerdict.Faithful : DirectiveVerdict.Deviates;
        return new DirectiveBehavior(directive, verdict, reading.Spec, intended, string.Join("; ", deviations), reading.Stars);
    }

    private string DescribeTruncated(FormatDirective directive) => UnknownPolicy switch
    {
        UnknownConversionPolicy.PrintCharacter => $"the format ends inside the directive; {Name}'s printf prints a NUL and reads on past the end of the string",
        UnknownConversionPolicy.PrintCharacterPadded => $"the format ends inside the directive; {Name}'s printf prints nothing for it",
        _ => $"the format ends inside the directive; {Name}'s printf prints the text '{FormatText.Escaped(directive.Text)}'",
    };

    /// <summary>Walks a directive through this printer's grammar, from its <c>%</c> at <paramref name="start"/>.</summary>
    private PrinterReading ReadLikeThePrinter(string text, int start)
    {
        var grammar = new DirectiveGrammarWalk(text, start + 1);
        if (AnyOrder)
        {
            ReadInAnyOrder(ref grammar);
        }
        else
        {
            ReadInOrder(ref grammar);
        }

        var i = grammar.Position;
        foreach (var keyLength in new[] { 2, 1 })
        {
            if (i + keyLength <= text.Length
                && conversions.TryGetValue(grammar.Length + text.Substring(i, keyLength), out var spec))
            {
                return grammar.Reading(spec, i + keyLength);
            }
        }

        return grammar.Reading(null, i);
    }

    private void ReadInOrder(ref DirectiveGrammarWalk walk)
    {
        foreach (var flag in FlagOrder)
        {
            walk.TakeFlag(flag);
        }

        if (!(settings.ReadsStar && walk.TakeStar()))
        {
            walk.TakeNumber();
        }

        if (settings.ReadsPrecision && walk.TakePrecisionDot() && !(settings.ReadsStar && walk.TakeStar()))
        {
            walk.TakeNumber();
        }

        foreach (var modifier in LengthModifiers)
        {
            if (walk.TakeLength(modifier, modifier))
            {
                break;
            }
        }
    }

    /// <summary>EDK2's loop: flags, digits, <c>*</c>, <c>.</c> and length letters, in any order, until anything else.</summary>
    private void ReadInAnyOrder(ref DirectiveGrammarWalk walk)
    {
        while (walk.Current is { } c)
        {
            var progressed = c switch
            {
                '.' => settings.ReadsPrecision && walk.TakePrecisionDot(),
                '*' => settings.ReadsStar && walk.TakeStar(),
                >= '1' and <= '9' => walk.TakeNumber(),
                '0' => (FlagOrder.IndexOf('0') < 0 || walk.InPrecision || walk.NoteFlag('0')) && walk.TakeNumber(),
                _ => (FlagOrder.IndexOf(c) >= 0 && walk.TakeFlag(c))
                    || (LengthModifiers.Contains(c.ToString()) && walk.TakeLength(c.ToString(), anyOrderLength)),
            };
            if (!progressed)
            {
                return;
            }
        }
    }

    private string DescribeUnsupported(string text, PrinterReading reading, string printed)
    {
        if (printed.Length == 0)
        {
            return "prints nothing and consumes no argument";
        }

        var dropped = UnknownPolicy == UnknownConversionPolicy.PrintCharacterPadded && reading.Spec is null
            ? text.Substring(0, reading.Stop)
            : text.Substring(0, text.Length - printed.Length);
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
        var reading = ReadLikeThePrinter(head, 0);
        if (reading.Stop == head.Length)
        {
            return UnknownPolicy == UnknownConversionPolicy.PrintCharacterPadded ? $"prints '{Padded("%", reading)}'" : "prints '%'";
        }

        if (reading.Spec is { Kind: not ConversionKind.Nothing })
        {
            return $"reads '{FormatText.Escaped(head)}' as a directive, then the last '%' starts another";
        }

        var printed = PrintedText(head, reading);
        return (printed.Length == 0 ? "prints nothing" : $"prints the text '{FormatText.Escaped(printed)}'") + ", then the last '%' starts a new directive";
    }

    /// <summary>What the printer prints for a directive it does not understand: the directive's tail, or the whole of it.</summary>
    private string PrintedText(string text, PrinterReading reading)
    {
        if (reading.Spec is { Kind: ConversionKind.Nothing })
        {
            return text.Substring(reading.End);
        }

        return UnknownPolicy switch
        {
            UnknownConversionPolicy.PrintCharacter => text.Substring(reading.Stop),
            UnknownConversionPolicy.PrintCharacterPadded when reading.Stop < text.Length =>
                Padded(text.Substring(reading.Stop, 1), reading) + text.Substring(reading.Stop + 1),
            UnknownConversionPolicy.PrintCharacterPadded => string.Empty,
            _ => text,
        };
    }

    /// <summary>One character padded to the width the printer read before it, on the side its <c>-</c> flag says.</summary>
    private static string Padded(string character, PrinterReading reading)
    {
        var padding = new string(' ', System.Math.Max(0, (reading.Width ?? 0) - 1));
        return reading.LeftJustify ? character + padding : padding + character;
    }

    private List<string> Deviations(FormatDirective directive, PrinterReading reading, CMeaning intended)
    {
        var spec = reading.Spec!;
        var deviations = new List<string>();
        if (IsOwnConversion(spec.Kind))
        {
            intended = default;
        }

        if (intended.Kind is { } kind && kind != spec.Kind && !DiffersOnlyInHexCase(kind, spec.Kind))
        {
            deviations.Add($"prints {Describe(spec.Kind)}, not {Describe(kind)}");
        }

        var bitsRead = BitsRead(spec);
        if (intended.Kind is not null && bitsRead < intended.ArgumentBits)
        {
            deviations.Add($"reads only {bitsRead} of the {intended.ArgumentBits} bits C reads");
        }
        else if (intended.Kind is not null && spec.PrintedBits < intended.ValueBits)
        {
            deviations.Add($"reads {bitsRead} bits but prints only the low {spec.PrintedBits}");
        }

        // A number, pointer or character always fills one column, so only a wider width can pad anything.
        var widthPads = reading.WidthStars > 0 || directive.Width > (spec.IsInteger || spec.Kind is ConversionKind.Character or ConversionKind.Pointer ? 1 : 0);
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

        if (widthPads && spec.HonorsWidth && spec.Has(ConversionOptions.ForcedZero) && !reading.ZeroPad && !reading.LeftJustify && !reading.HasPrecision)
        {
            deviations.Add("pads with zeros, not spaces");
        }

        AddSignFlagDeviation(deviations, reading, spec, intended, '+', ConversionOptions.Plus);
        if (!reading.HasFlag('+'))
        {
            AddSignFlagDeviation(deviations, reading, spec, intended, ' ', ConversionOptions.Space);
        }

        if (directive.HasPrecision && !spec.Has(ConversionOptions.Precision))
        {
            deviations.Add(spec.Kind == ConversionKind.String ? "ignores the precision and prints the whole string" : "ignores the precision");
        }

        return deviations;
    }

    /// <summary>C prints the sign or space a flag asks for only in a signed conversion.</summary>
    private static void AddSignFlagDeviation(List<string> deviations, PrinterReading reading, ConversionSpec spec, CMeaning intended, char flag, ConversionOptions option)
    {
        if (!reading.HasFlag(flag))
        {
            return;
        }

        var cPrints = intended.Kind == ConversionKind.SignedDecimal;
        var printerPrints = spec.Has(option);
        var shown = flag == ' ' ? "a space" : "a '+'";
        if (cPrints && !printerPrints)
        {
            deviations.Add($"ignores the '{flag}' flag");
        }
        else if (!cPrints && printerPrints)
        {
            deviations.Add($"prints {shown} before the number, which C does not");
        }
    }

    /// <summary>A conversion of the printer's own, which C has no counterpart for, whatever its letter means in C (EDK2's <c>%a</c>, <c>%g</c>, <c>%t</c>, <c>%r</c>).</summary>
    private static bool IsOwnConversion(ConversionKind kind) =>
        kind is ConversionKind.NarrowString or ConversionKind.Guid or ConversionKind.Time or ConversionKind.Status;

    private bool DiffersOnlyInHexCase(ConversionKind intended, ConversionKind printed) =>
        HexCaseIsCosmetic && intended is ConversionKind.Hex or ConversionKind.HexUpper && printed is ConversionKind.Hex or ConversionKind.HexUpper;

    public static string Describe(ConversionKind kind) => kind switch
    {
        ConversionKind.SignedDecimal => "a signed decimal",
        ConversionKind.UnsignedDecimal => "an unsigned decimal",
        ConversionKind.Octal => "octal",
        ConversionKind.Hex => "lower-case hex",
        ConversionKind.HexUpper => "upper-case hex",
        ConversionKind.Character => "a character",
        ConversionKind.String => "a string",
        ConversionKind.NarrowString => "a narrow string",
        ConversionKind.Pointer => "a pointer",
        ConversionKind.Guid => "a GUID",
        ConversionKind.Time => "a date and time",
        ConversionKind.Status => "a status name",
        ConversionKind.Float => "a floating-point number",
        ConversionKind.WriteCount => "nothing (it stores a count)",
        ConversionKind.Percent => "a percent sign",
        _ => "nothing",
    };

    public override string ToString() => Name;
}
