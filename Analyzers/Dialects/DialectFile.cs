using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
        ["pointer"] = ConversionKind.Pointer,
        ["nothing"] = ConversionKind.Nothing,
    };

    private static readonly string[] SettingKeys = { "description", "flags", "lengths", "unknown", "sign-before-padding" };

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

        var description = string.Empty;
        var flags = string.Empty;
        var lengths = ImmutableArray<string>.Empty;
        var unknown = UnknownConversionPolicy.PrintCharacter;
        var signBeforePadding = false;
        var sawUnknown = false;

        foreach (var entry in section.Entries.Where(e => SettingKeys.Contains(e.Key)))
        {
            switch (entry.Key)
            {
                case "description":
                    description = entry.Value;
                    break;
                case "flags":
                    flags = entry.Value;
                    if (flags.Any(c => c is not ('-' or '0')) || flags.Distinct().Count() != flags.Length)
                    {
                        errors.Add(new DialectFileError(entry.Line, $"flags '{flags}': only '-' and '0' can be given, each once, in the order the printer reads them"));
                    }

                    break;
                case "lengths":
                    lengths = entry.Value.Split(LengthSeparators, StringSplitOptions.RemoveEmptyEntries).ToImmutableArray();
                    foreach (var length in lengths.Where(l => l is not ("l" or "ll" or "h" or "hh" or "z" or "j" or "t" or "L" or "q")))
                    {
                        errors.Add(new DialectFileError(entry.Line, $"length modifier '{length}' is not one of l ll h hh z j t L q"));
                    }

                    break;
                case "unknown":
                    sawUnknown = true;
                    if (entry.Value == "print-character")
                    {
                        unknown = UnknownConversionPolicy.PrintCharacter;
                    }
                    else if (entry.Value == "print-percent")
                    {
                        unknown = UnknownConversionPolicy.PrintPercent;
                    }
                    else
                    {
                        errors.Add(new DialectFileError(entry.Line, $"unknown = '{entry.Value}': write print-character or print-percent"));
                    }

                    break;
                case "sign-before-padding":
                    if (entry.Value is "yes" or "no")
                    {
                        signBeforePadding = entry.Value == "yes";
                    }
                    else
                    {
                        errors.Add(new DialectFileError(entry.Line, $"sign-before-padding = '{entry.Value}': write yes or no"));
                    }

                    break;
            }
        }

        if (!sawUnknown)
        {
            errors.Add(new DialectFileError(section.Line, $"[{section.Name}] does not say what the printer does with an unknown conversion (unknown = print-character | print-percent)"));
        }

        var conversions = new Dictionary<string, ConversionSpec>(StringComparer.Ordinal);
        foreach (var entry in section.Entries.Where(e => !SettingKeys.Contains(e.Key)))
        {
            var keyError = CheckConversionKey(entry.Key, lengths);
            if (keyError is not null)
            {
                errors.Add(new DialectFileError(entry.Line, keyError));
                continue;
            }

            var spec = ParseSpec(entry, errors);
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
            dialects.Add(new Dialect(section.Name, description, flags, lengths, unknown, signBeforePadding, conversions));
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

    private static ConversionSpec? ParseSpec(Entry entry, ImmutableArray<DialectFileError>.Builder errors)
    {
        var words = entry.Value.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3
            || !Kinds.TryGetValue(words[0], out var kind)
            || !int.TryParse(words[1], out var slots) || slots is < 0 or > 2
            || !int.TryParse(words[2], out var bits) || bits is not (0 or 8 or 16 or 32 or 64) || bits > Math.Max(slots, 1) * 32)
        {
            errors.Add(new DialectFileError(
                entry.Line,
                $"'{entry.Key} = {entry.Value}': write KIND SLOTS BITS [width] [left] [zero], KIND one of {string.Join(" ", Kinds.Keys)}, SLOTS 0-2, BITS up to 32 per slot"));
            return null;
        }

        var options = words.Skip(3).ToArray();
        var unknownOption = options.FirstOrDefault(o => o is not ("width" or "left" or "zero"));
        if (unknownOption is not null)
        {
            errors.Add(new DialectFileError(entry.Line, $"'{unknownOption}' in '{entry.Key}': the options are width, left and zero"));
            return null;
        }

        if ((kind == ConversionKind.Nothing) != (slots == 0))
        {
            errors.Add(new DialectFileError(entry.Line, $"'{entry.Key}': only 'nothing' reads 0 slots, and it reads no others"));
            return null;
        }

        return new ConversionSpec(kind, slots, bits, options.Contains("width"), options.Contains("left"), options.Contains("zero"));
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
