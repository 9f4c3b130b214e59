using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace FirmwareGuard.Dialects;

/// <summary>
/// Reads the dialect file format: an INI text with one <c>[name]</c> section per printer. The
/// built-in dialects are written in it too (<see cref="BuiltInDialects"/>), so a user's file
/// describes a printer exactly the way hvmloader's is described. The format is documented in
/// <c>docs/dialects.md</c>.
/// </summary>
internal static class DialectFile
{
    private static readonly char[] LengthSeparators = { ' ', '\t', ',' };

    private static readonly char[] WordSeparators = { ' ', '\t' };

    private static readonly Dictionary<string, ConversionKind> Kinds = new(StringComparer.Ordinal)
    {
        ["signed"] = ConversionKind.SignedDecimal,
        ["unsigned"] = ConversionKind.UnsignedDecimal,
        ["octal"] = ConversionKind.Octal,
        ["hex"] = ConversionKind.Hex,
        ["HEX"] = ConversionKind.HexUpper,
        ["char"] = ConversionKind.Character,
        ["string"] = ConversionKind.String,
        ["narrow-string"] = ConversionKind.NarrowString,
        ["pointer"] = ConversionKind.Pointer,
        ["guid"] = ConversionKind.Guid,
        ["time"] = ConversionKind.Time,
        ["status"] = ConversionKind.Status,
        ["nothing"] = ConversionKind.Nothing,
    };

    private static readonly Dictionary<string, ConversionOptions> Options = new(StringComparer.Ordinal)
    {
        ["width"] = ConversionOptions.Width,
        ["left"] = ConversionOptions.Left,
        ["zero"] = ConversionOptions.Zero,
        ["precision"] = ConversionOptions.Precision,
        ["plus"] = ConversionOptions.Plus,
        ["space"] = ConversionOptions.Space,
        ["forced-zero"] = ConversionOptions.ForcedZero,
        ["comma"] = ConversionOptions.Comma,
    };

    private static readonly Dictionary<string, UnknownConversionPolicy> UnknownPolicies = new(StringComparer.Ordinal)
    {
        ["print-character"] = UnknownConversionPolicy.PrintCharacter,
        ["print-character-padded"] = UnknownConversionPolicy.PrintCharacterPadded,
        ["print-percent"] = UnknownConversionPolicy.PrintPercent,
    };

    private static readonly string[] SettingKeys =
    {
        "description", "flags", "lengths", "unknown", "sign-before-padding", "slot-bytes", "grammar", "precision", "star", "hex-case", "pointer-arguments",
        "console", "newline", "message-limit", "precision-pads-strings",
    };

    private const string FlagCharacters = "-0+ ,";

    public static DialectFileResult Parse(string text)
    {
        var dialects = ImmutableArray.CreateBuilder<Dialect>();
        var errors = ImmutableArray.CreateBuilder<DialectFileError>();
        var sectionLines = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.OrdinalIgnoreCase);
        Section? section = null;
        var afterBadHeader = false;

        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var lineNumber = index + 1;
            var line = StripComment(lines[index]).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line[0] == '[')
            {
                Finish(section, dialects, errors);
                var name = line.Length > 2 && line[line.Length - 1] == ']' ? line.Substring(1, line.Length - 2).Trim() : string.Empty;
                if (name.Length == 0 || !name.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.'))
                {
                    errors.Add(new DialectFileError(lineNumber, $"'{line}' is not a section header: write [name], with letters, digits, '-', '_' or '.'"));
                    section = null;
                    afterBadHeader = true;
                    continue;
                }

                var isDuplicate = sectionLines.ContainsKey(name);
                if (isDuplicate)
                {
                    errors.Add(new DialectFileError(lineNumber, $"dialect '{name}' is defined twice"));
                }
                else
                {
                    sectionLines.Add(name, lineNumber);
                }

                section = new Section(name, lineNumber, isDuplicate, errors.Count);
                afterBadHeader = false;
                continue;
            }

            var equals = line.IndexOf('=');
            if (equals <= 0)
            {
                errors.Add(new DialectFileError(lineNumber, $"'{line}' is not 'key = value'"));
                continue;
            }

            if (section is null)
            {
                if (!afterBadHeader)
                {
                    errors.Add(new DialectFileError(lineNumber, "a setting before the first [dialect] section"));
                }

                continue;
            }

            var key = line.Substring(0, equals).Trim();
            var value = line.Substring(equals + 1).Trim();
            if (section.Entries.Any(e => e.Key == key))
            {
                errors.Add(new DialectFileError(lineNumber, $"'{key}' is given twice in [{section.Name}]"));
                continue;
            }

            section.Entries.Add(new Entry(key, value, lineNumber));
        }

        Finish(section, dialects, errors);
        return new DialectFileResult(dialects.ToImmutable(), errors.ToImmutable(), sectionLines.ToImmutable());
    }

    private static string StripComment(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.StartsWith("#", StringComparison.Ordinal) || trimmed.StartsWith(";", StringComparison.Ordinal) ? string.Empty : line;
    }

    private static void Finish(Section? section, ImmutableArray<Dialect>.Builder dialects, ImmutableArray<DialectFileError>.Builder errors)
    {
        if (section is null)
        {
            return;
        }

        var settings = new DialectSettings();
        var sawUnknown = false;
        var flagsLine = 0;
        var lengthsLine = 0;

        foreach (var entry in section.Entries.Where(e => SettingKeys.Contains(e.Key)))
        {
            switch (entry.Key)
            {
                case "description":
                    settings.Description = entry.Value;
                    break;
                case "flags":
                    settings.Flags = entry.Value;
                    flagsLine = entry.Line;
                    break;
                case "lengths":
                    settings.LengthModifiers = entry.Value.Split(LengthSeparators, StringSplitOptions.RemoveEmptyEntries).ToImmutableArray();
                    lengthsLine = entry.Line;
                    foreach (var length in settings.LengthModifiers.Where(l => l is not ("l" or "ll" or "h" or "hh" or "z" or "j" or "t" or "L" or "q")))
                    {
                        errors.Add(new DialectFileError(entry.Line, $"length modifier '{length}' is not one of l ll h hh z j t L q"));
                    }

                    break;
                case "unknown":
                    sawUnknown = true;
                    if (UnknownPolicies.TryGetValue(entry.Value, out var policy))
                    {
                        settings.UnknownPolicy = policy;
                    }
                    else
                    {
                        errors.Add(new DialectFileError(entry.Line, $"unknown = '{entry.Value}': write {string.Join(", ", UnknownPolicies.Keys)}"));
                    }

                    break;
                case "slot-bytes":
                    if (entry.Value is "4" or "8")
                    {
                        settings.SlotBytes = entry.Value == "4" ? 4 : 8;
                    }
                    else
                    {
                        errors.Add(new DialectFileError(entry.Line, $"slot-bytes = '{entry.Value}': write 4 or 8"));
                    }

                    break;
                case "grammar":
                    if (entry.Value is "ordered" or "any-order")
                    {
                        settings.AnyOrder = entry.Value == "any-order";
                    }
                    else
                    {
                        errors.Add(new DialectFileError(entry.Line, $"grammar = '{entry.Value}': write ordered or any-order"));
                    }

                    break;
                case "hex-case":
                    if (entry.Value is "cosmetic" or "reported")
                    {
                        settings.HexCaseIsCosmetic = entry.Value == "cosmetic";
                    }
                    else
                    {
                        errors.Add(new DialectFileError(entry.Line, $"hex-case = '{entry.Value}': write cosmetic or reported"));
                    }

                    break;
                case "console":
                    if (entry.Value.Length > 0 && !entry.Value.Any(char.IsControl))
                    {
                        settings.Console = entry.Value;
                    }
                    else
                    {
                        errors.Add(new DialectFileError(entry.Line, "console: name where the printer's lines go in one line of text, e.g. 'the serial console'"));
                    }

                    break;
                case "newline":
                    if (entry.Value is "as-written" or "crlf")
                    {
                        settings.Newline = entry.Value == "crlf" ? NewlineStyle.CrLf : NewlineStyle.AsWritten;
                    }
                    else
                    {
                        errors.Add(new DialectFileError(entry.Line, $"newline = '{entry.Value}': write as-written or crlf"));
                    }

                    break;
                case "message-limit":
                    if (int.TryParse(entry.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit > 0)
                    {
                        settings.MessageLimit = limit;
                    }
                    else
                    {
                        errors.Add(new DialectFileError(entry.Line, $"message-limit = '{entry.Value}': write the most characters of a message the output keeps, a whole number above 0"));
                    }

                    break;
                default:
                    if (entry.Value is not ("yes" or "no"))
                    {
                        errors.Add(new DialectFileError(entry.Line, $"{entry.Key} = '{entry.Value}': write yes or no"));
                        break;
                    }

                    var yes = entry.Value == "yes";
                    switch (entry.Key)
                    {
                        case "sign-before-padding":
                            settings.SignBeforePadding = yes;
                            break;
                        case "precision":
                            settings.ReadsPrecision = yes;
                            break;
                        case "star":
                            settings.ReadsStar = yes;
                            break;
                        case "precision-pads-strings":
                            settings.PrecisionPadsStrings = yes;
                            break;
                        default:
                            settings.PointerArguments = yes;
                            break;
                    }

                    break;
            }
        }

        CheckFlags(settings, flagsLine, errors);
        if (settings.AnyOrder && settings.LengthModifiers.Any(l => l.Length != 1))
        {
            errors.Add(new DialectFileError(lengthsLine, "with grammar = any-order, length modifiers are single letters (any mix of them reads the first one's conversions)"));
        }

        if (!sawUnknown)
        {
            errors.Add(new DialectFileError(section.Line, $"[{section.Name}] does not say what the printer does with an unknown conversion (unknown = {string.Join(" | ", UnknownPolicies.Keys)})"));
        }

        var conversions = new Dictionary<string, ConversionSpec>(StringComparer.Ordinal);
        foreach (var entry in section.Entries.Where(e => !SettingKeys.Contains(e.Key)))
        {
            var keyError = CheckConversionKey(entry.Key, settings.LengthModifiers);
            if (keyError is not null)
            {
                errors.Add(new DialectFileError(entry.Line, keyError));
                continue;
            }

            var spec = ParseSpec(entry, settings.SlotBytes * 8, errors);
            if (spec is not null)
            {
                conversions.Add(entry.Key, spec);
            }
        }

        if (conversions.Count == 0)
        {
            errors.Add(new DialectFileError(section.Line, $"[{section.Name}] lists no conversions"));
        }

        if (errors.Count == section.ErrorsBefore && !section.IsDuplicate)
        {
            dialects.Add(new Dialect(section.Name, settings, conversions));
        }
    }

    private static void CheckFlags(DialectSettings settings, int line, ImmutableArray<DialectFileError>.Builder errors)
    {
        var flags = settings.Flags;
        if (flags.Any(c => FlagCharacters.IndexOf(c) < 0) || flags.Distinct().Count() != flags.Length)
        {
            errors.Add(new DialectFileError(line, $"flags '{flags}': only '-', '0', '+', ' ' and ',' can be given, each once, in the order the printer reads them"));
        }
        else if (!settings.AnyOrder && flags.Any(c => c is not ('-' or '0')))
        {
            errors.Add(new DialectFileError(line, $"flags '{flags}': '+', ' ' and ',' need grammar = any-order"));
        }
    }

    private static string? CheckConversionKey(string key, ImmutableArray<string> lengths)
    {
        foreach (var length in lengths.OrderByDescending(l => l.Length).Append(string.Empty))
        {
            if (!key.StartsWith(length, StringComparison.Ordinal))
            {
                continue;
            }

            var conversion = key.Substring(length.Length);
            if (conversion.Length == 1 && IsConversionCharacter(conversion[0]))
            {
                return null;
            }

            if (conversion.Length == 2 && ((conversion[0] == '.' && char.IsLetter(conversion[1])) || (char.IsLetter(conversion[0]) && char.IsUpper(conversion[1]))))
            {
                return null;
            }
        }

        return $"'{key}' is not a setting ({string.Join(", ", SettingKeys)}) or a conversion: write an optional declared length modifier and one conversion character, e.g. 'x' or 'lx', or '.' and a letter, e.g. '.s', or a letter and an upper-case letter the printer reads with it, e.g. 'pP'";
    }

    private static bool IsConversionCharacter(char c) =>
        c is not ('%' or '*' or '$') && !char.IsDigit(c) && !char.IsWhiteSpace(c);

    private static ConversionSpec? ParseSpec(Entry entry, int slotBits, ImmutableArray<DialectFileError>.Builder errors)
    {
        var words = entry.Value.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3
            || !Kinds.TryGetValue(words[0], out var kind)
            || !int.TryParse(words[1], out var slots) || slots is < 0 or > 2
            || !int.TryParse(words[2], out var bits) || bits is not (0 or 8 or 16 or 32 or 64) || bits > Math.Max(slots, 1) * slotBits)
        {
            errors.Add(new DialectFileError(
                entry.Line,
                $"'{entry.Key} = {entry.Value}': write KIND SLOTS BITS [options], KIND one of {string.Join(" ", Kinds.Keys)}, SLOTS 0-2, BITS up to {slotBits} per slot"));
            return null;
        }

        var options = ConversionOptions.None;
        foreach (var word in words.Skip(3))
        {
            if (!Options.TryGetValue(word, out var option))
            {
                errors.Add(new DialectFileError(entry.Line, $"'{word}' in '{entry.Key}': the options are {string.Join(", ", Options.Keys)}"));
                return null;
            }

            options |= option;
        }

        if ((kind == ConversionKind.Nothing) != (slots == 0))
        {
            errors.Add(new DialectFileError(entry.Line, $"'{entry.Key}': only 'nothing' reads 0 slots, and it reads no others"));
            return null;
        }

        return new ConversionSpec(kind, slots, bits, options);
    }

    private sealed class Section
    {
        public Section(string name, int line, bool isDuplicate, int errorsBefore)
        {
            Name = name;
            Line = line;
            IsDuplicate = isDuplicate;
            ErrorsBefore = errorsBefore;
        }

        public string Name { get; }

        public int Line { get; }

        /// <summary>A second section of an existing name: checked, but never a dialect.</summary>
        public bool IsDuplicate { get; }

        /// <summary>Errors found before the section began: any more, and the section is not a dialect.</summary>
        public int ErrorsBefore { get; }

        public List<Entry> Entries { get; } = new();
    }

    private readonly struct Entry
    {
        public Entry(string key, string value, int line)
        {
            Key = key;
            Value = value;
            Line = line;
        }

        public string Key { get; }

        public string Value { get; }

        public int Line { get; }
    }
}
