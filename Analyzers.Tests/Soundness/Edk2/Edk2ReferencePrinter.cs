using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FirmwareGuard.Tests.Soundness.Edk2;

/// <summary>
/// EDK2's BasePrintLib as the ASCII functions behind <c>DEBUG()</c> run it (<c>AsciiSPrint</c> into a
/// buffer large enough), written from the behaviour of <c>BasePrintLibSPrintMarker</c> and
/// independently of FirmwareGuard's dialect tables. After '%', one loop reads <c>. - + space , L l *</c>
/// and digits in any order and any number; then the type character decides what is read and printed.
/// Every piece of output, a number, a string or one character, is laid out the same way: a field of
/// <c>Width</c>, and inside it at least <c>Precision</c> columns, filled with zeros for numbers and
/// spaces otherwise. Output characters are bytes: a UTF-16 character keeps its low byte.
/// Throws <see cref="Edk2Fault"/> where the output would depend on an address or on memory past the
/// arguments.
/// </summary>
internal static class Edk2ReferencePrinter
{
    /// <summary>A width or precision beyond this fills the caller's buffer, so its size decides the output.</summary>
    private const ulong WidestField = 4096;

    public static string Print(string format, IReadOnlyList<object?> arguments, Edk2Architecture architecture)
    {
        var slots = Edk2ArgumentSlots.From(arguments, architecture);
        return new Run(format, new Edk2SlotReader(slots, architecture)).Print();
    }

    /// <summary>One directive's output before it is laid out in its field: <see cref="Count"/> counts the prefix, <see cref="Body"/> does not hold it.</summary>
    private readonly record struct Piece(string Body, ulong Count, ulong Precision, bool ZeroPad, char? Prefix);

    private sealed class Field
    {
        public bool LeftJustify { get; set; }

        public bool Sign { get; set; }

        public bool Blank { get; set; }

        public bool Comma { get; set; }

        public bool Long { get; set; }

        public bool ZeroFlag { get; set; }

        public bool PadToWidth { get; set; }

        public ulong Width { get; set; }

        public bool HasPrecision { get; set; }

        public ulong Precision { get; set; } = 1;
    }

    private sealed class Run(string format, Edk2SlotReader reader)
    {
        /// <summary>The C string ends at the first NUL.</summary>
        private readonly int end = format.IndexOf('\0') is var nul and >= 0 ? nul : format.Length;
        private readonly StringBuilder output = new();
        private int position;

        public string Print()
        {
            while (position < end)
            {
                if (format[position] == '%')
                {
                    Directive();
                }
                else if (Edk2LineEnds.IsLineEnd(format[position]))
                {
                    var (text, length) = Edk2LineEnds.At(format, position, end);
                    output.Append(text);
                    position += length;
                }
                else
                {
                    output.Append(format[position++]);
                }
            }

            return output.ToString();
        }

        private void Directive()
        {
            var start = position++;
            var field = ReadField(start);
            var type = position < end ? format[position++] : '\0';
            var directive = $"\"{format[start..position]}\" at offset {start}";
            var piece = type switch
            {
                'd' or 'u' or 'x' or 'X' or 'p' => Number(type, field, directive),
                'a' => Text(StringAt(reader.Pointer(directive), wide: false, directive), field, isString: true),
                's' or 'S' => Text(StringAt(reader.Pointer(directive), wide: true, directive), field, isString: true),
                'c' => Text(Character(reader.Natural(directive)), field, isString: false),
                'g' => Text(GuidAt(reader.Pointer(directive), directive), field, isString: false),
                't' => Text(TimeAt(reader.Pointer(directive), directive), field, isString: false),
                'r' => Text(Edk2StatusNames.Describe(reader.Natural(directive), reader.NaturalBits), field, isString: false),
                '\r' or '\n' => Text(LineEndTypedAt(position - 1), field, isString: false),
                '\0' => Text(string.Empty, field, isString: false),
                _ => Text(type.ToString(), field, isString: false),
            };
            Lay(field, piece);
        }

        /// <summary>The flags, width and precision, in any order; the format ending here leaves precision 0, so nothing is printed but the width.</summary>
        private Field ReadField(int start)
        {
            var field = new Field();
            while (true)
            {
                var character = position < end ? format[position] : '\0';
                switch (character)
                {
                    case '.': field.HasPrecision = true; break;
                    case '-': field.LeftJustify = true; break;
                    case '+': field.Sign = true; break;
                    case ' ': field.Blank = true; break;
                    case ',': field.Comma = true; break;
                    case 'l' or 'L': field.Long = true; break;
                    case '*':
                        SetSize(field, reader.Natural($"'*' of \"{format[start..(position + 1)]}\" at offset {start}"));
                        break;
                    case >= '0' and <= '9':
                        field.ZeroFlag |= character == '0' && !field.HasPrecision;
                        SetSize(field, Digits());
                        continue;
                    case '\0':
                        field.Precision = 0;
                        return field;
                    default:
                        return field;
                }

                position++;
            }
        }

        private ulong Digits()
        {
            var value = 0UL;
            for (; position < end && char.IsAsciiDigit(format[position]); position++)
            {
                value = unchecked((value * 10) + (ulong)(format[position] - '0'));
            }

            return value;
        }

        private static void SetSize(Field field, ulong size)
        {
            if (size > WidestField)
            {
                throw new Edk2Fault($"a width or precision of {size} fills the caller's buffer: its size decides what is printed");
            }

            if (field.HasPrecision)
            {
                field.Precision = size;
            }
            else
            {
                field.PadToWidth = true;
                field.Width = size;
            }
        }

        /// <summary>
        /// d u x X p. Without 'l' or 'L' an <c>int</c> is read; 'u' and hex then keep its 32 bits. 'x' is
        /// upper-case hex; 'X' (and 'p') also pad to the width with zeros. ',' groups decimal digits and
        /// turns off zero padding and precision. 'p' reads a pointer-sized value and ignores '+', space, '0' and 'l'.
        /// </summary>
        private Piece Number(char type, Field field, string directive)
        {
            var hex = type is 'x' or 'X' or 'p';
            var isLong = type == 'p' ? reader.Architecture == Edk2Architecture.X64 : field.Long;
            var zeroFlag = type is 'X' or 'p' || field.ZeroFlag;
            char? prefix = type switch
            {
                'p' => null,
                'u' => field.Blank ? ' ' : null,
                _ => field.Sign ? '+' : field.Blank ? ' ' : null,
            };
            var value = isLong ? reader.Int64(directive) : unchecked((ulong)reader.Int(directive));
            var precision = field.Precision;
            var comma = field.Comma && !hex;
            if (comma)
            {
                zeroFlag = false;
                precision = 1;
            }

            if (type == 'd' && (long)value < 0)
            {
                prefix = '-';
                value = unchecked(0 - value);
            }
            else if (!isLong && type != 'd')
            {
                value = (uint)value;
            }

            var digits = value == 0 && precision == 0 ? string.Empty : value.ToString(hex ? "X" : "D", CultureInfo.InvariantCulture);
            if (comma)
            {
                digits = Grouped(digits);
            }

            var count = (ulong)digits.Length;
            if (prefix is not null)
            {
                count++;
                precision++;
            }

            if (zeroFlag && !field.LeftJustify && field.PadToWidth && !field.HasPrecision)
            {
                precision = field.Width;
            }

            return new Piece(digits, count, precision, ZeroPad: true, prefix);
        }

        /// <summary>A string's precision is the most characters printed, and also the fewest columns (a shorter string gets spaces before it); without one, it is 0.</summary>
        private static Piece Text(string text, Field field, bool isString)
        {
            var count = field.HasPrecision ? Math.Min((ulong)text.Length, field.Precision) : (ulong)text.Length;
            var precision = isString && !field.HasPrecision ? 0 : field.Precision;
            return new Piece(text.Substring(0, (int)count), count, precision, ZeroPad: false, Prefix: null);
        }

        private void Lay(Field field, Piece piece)
        {
            var precision = Math.Max(piece.Precision, piece.Count);
            var padding = field.PadToWidth && field.Width > precision ? (int)(field.Width - precision) : 0;
            if (!field.LeftJustify)
            {
                output.Append(' ', padding);
            }

            if (piece.ZeroPad && piece.Prefix is { } sign)
            {
                output.Append(sign);
            }

            output.Append(piece.ZeroPad ? '0' : ' ', (int)(precision - piece.Count));
            output.Append(piece.Body);
            if (field.LeftJustify)
            {
                output.Append(' ', padding);
            }
        }

        /// <summary>A line end as a directive's type character prints like one in the text, taking a following partner with it.</summary>
        private string LineEndTypedAt(int typePosition)
        {
            var (text, length) = Edk2LineEnds.At(format, typePosition, end);
            position = typePosition + length;
            return text;
        }

        private static string Grouped(string digits)
        {
            var grouped = new StringBuilder();
            for (var i = 0; i < digits.Length; i++)
            {
                if (i > 0 && (digits.Length - i) % 3 == 0)
                {
                    grouped.Append(',');
                }

                grouped.Append(digits[i]);
            }

            return grouped.ToString();
        }

        /// <summary>'c' prints <c>value &amp; 0xFFFF</c>, its low byte in ASCII output; a character 0 is no character.</summary>
        private static string Character(ulong value) =>
            (value & 0xFFFF) == 0 ? string.Empty : ((char)(byte)value).ToString();

        /// <summary>'a' reads bytes, 's' UTF-16 units (of which the low byte is printed), up to a NUL; memory past a string's last byte reads as zeros.</summary>
        private static string StringAt(Edk2Slot slot, bool wide, string directive)
        {
            switch (slot.Kind)
            {
                case Edk2SlotKind.Null:
                    return "<null string>";
                case Edk2SlotKind.Text:
                    var memory = (byte[])slot.Target!;
                    var text = new StringBuilder();
                    for (var offset = 0; ; offset += wide ? 2 : 1)
                    {
                        var unit = ByteAt(memory, offset) | (wide ? ByteAt(memory, offset + 1) << 8 : 0);
                        if (unit == 0)
                        {
                            return text.ToString();
                        }

                        text.Append((char)(byte)unit);
                    }

                default:
                    throw new Edk2Fault($"{directive} reads {slot.Describe()} as a string: how far it runs depends on the memory after it");
            }
        }

        private static int ByteAt(byte[] memory, int offset) => offset < memory.Length ? memory[offset] : 0;

        /// <summary>'g': the GUID's fields as upper-case hex, <c>Data1-Data2-Data3-Data4[0..1]-Data4[2..7]</c>.</summary>
        private static string GuidAt(Edk2Slot slot, string directive)
        {
            if (slot.Kind == Edk2SlotKind.Null)
            {
                return "<null guid>";
            }

            var bytes = slot.Kind == Edk2SlotKind.Guid
                ? ((Guid)slot.Target!).ToByteArray()
                : throw new Edk2Fault($"{directive} reads {slot.Describe()} as a GUID");
            var text = new StringBuilder()
                .Append(BitConverter.ToUInt32(bytes, 0).ToString("X8", CultureInfo.InvariantCulture)).Append('-')
                .Append(BitConverter.ToUInt16(bytes, 4).ToString("X4", CultureInfo.InvariantCulture)).Append('-')
                .Append(BitConverter.ToUInt16(bytes, 6).ToString("X4", CultureInfo.InvariantCulture)).Append('-');
            for (var index = 8; index < 16; index++)
            {
                text.Append(index == 10 ? "-" : string.Empty).Append(bytes[index].ToString("X2", CultureInfo.InvariantCulture));
            }

            return text.ToString();
        }

        /// <summary>'t': the TIME's month, day, year, hour and minute as <c>MM/DD/YYYY  HH:MM</c>.</summary>
        private static string TimeAt(Edk2Slot slot, string directive)
        {
            if (slot.Kind == Edk2SlotKind.Null)
            {
                return "<null time>";
            }

            var time = slot.Kind == Edk2SlotKind.Time
                ? (DateTime)slot.Target!
                : throw new Edk2Fault($"{directive} reads {slot.Describe()} as a TIME");
            return string.Create(CultureInfo.InvariantCulture, $"{time.Month:D2}/{time.Day:D2}/{time.Year:D4}  {time.Hour:D2}:{time.Minute:D2}");
        }
    }
}
