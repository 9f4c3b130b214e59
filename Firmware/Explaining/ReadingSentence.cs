using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FirmwareGuard.Firmware.Reports;
using FirmwareGuard.Firmware.Runtime;

namespace FirmwareGuard.Firmware.Explaining;

/// <summary>
/// Says in words what a garbled call did, directive by directive, in the manner of the analyzers'
/// messages. An argument is named by the word just before its directive in the format ("size %llx":
/// the size), else by its directive; its value is given the first time it is named.
/// </summary>
internal sealed class ReadingSentence
{
    private static readonly Regex WordBefore = new("(?<word>[A-Za-z_]+) ?$", RegexOptions.CultureInvariant);

    private readonly PrintfReading reading;

    /// <summary>The arguments whose value the sentence has given.</summary>
    private readonly HashSet<int> valued = [];

    /// <summary>The 64-bit arguments the sentence has said took two slots.</summary>
    private readonly HashSet<int> split = [];

    private ReadingSentence(PrintfReading reading) => this.reading = reading;

    public static string Of(PrintfReading reading) => new ReadingSentence(reading).Compose();

    private string Compose()
    {
        var clauses = reading.Directives.Where(directive => !directive.AsMeant).Select(Clause).ToList();
        if (reading.NeverPrinted.Count > 0)
        {
            var unprinted = reading.NeverPrinted
                .GroupBy(slot => slot.Argument)
                .Select(halves => halves.Count() == 1 ? Describe(halves.Single()) : Mention(halves.Key));
            clauses.Add("never printed: " + string.Join(" and ", unprinted));
        }

        var text = string.Join("; ", clauses) + ".";
        return char.IsAsciiLetterLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
    }

    private string Clause(DirectiveEffect directive)
    {
        if (directive.Read.Count == 0)
        {
            return $"`{directive.Directive}` printed the text `{directive.Printed}` and read nothing";
        }

        var prefix = string.Empty;
        if (directive.Read.FirstOrDefault(slot => slot.Part != SlotPart.Whole && slot.Argument != directive.MeantFor) is { Part: not SlotPart.Whole } half
            && split.Add(half.Argument))
        {
            prefix = $"{Mention(half.Argument)} is 64-bit and took two 32-bit slots, so ";
        }

        var printed = string.Join(" and ", directive.Read.Select(Describe));
        return prefix + directive.MeantFor switch
        {
            null => $"`{directive.Directive}` printed {printed}",
            { } own when directive.Read.All(slot => slot.Argument == own) => $"`{directive.Directive}` printed only {printed}",
            { } own => $"`{directive.Directive}` printed {printed} where {Own(own)} belonged",
        };
    }

    private string Describe(Slot slot) => slot.Part switch
    {
        SlotPart.LowerHalf => $"the lower half of {Mention(slot.Argument)}",
        SlotPart.UpperHalf => $"the upper half of {Mention(slot.Argument)}",
        _ => Mention(slot.Argument),
    };

    /// <summary>The argument meant for the directive being described: "its own argument" when the format gives it no word.</summary>
    private string Own(int argument) =>
        Word(argument) is null ? WithValue("its own argument", argument) : Mention(argument);

    private string Mention(int argument)
    {
        var meant = reading.Directives.FirstOrDefault(directive => directive.MeantFor == argument);
        var name = meant is null ? $"argument {argument + 1}"
            : Word(argument) is { } word ? $"the {word}"
            : $"`{meant.Directive}`'s argument";
        return WithValue(name, argument);
    }

    private string WithValue(string name, int argument) => valued.Add(argument) ? $"{name} ({Value(argument)})" : name;

    private string? Word(int argument)
    {
        var meant = reading.Directives.FirstOrDefault(directive => directive.MeantFor == argument);
        return meant is not null && WordBefore.Match(reading.Trace.Format[..meant.Start]) is { Success: true } match
            ? match.Groups["word"].Value
            : null;
    }

    private string Value(int argument)
    {
        var slots = reading.Trace.Slots.Where(slot => slot.Argument == argument).ToList();
        if (slots[0].Kind == SlotKind.Pointer)
        {
            return slots[0].Text is { } text ? $"\"{text}\"" : "NULL";
        }

        return Hex.Of(slots.Aggregate(0ul, (value, slot) => value | ((ulong)slot.Value << (slot.Part == SlotPart.UpperHalf ? 32 : 0))));
    }
}
