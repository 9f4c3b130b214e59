using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace FirmwareGuard.Firmware.Runtime;

/// <summary>
/// Xen hvmloader's <c>_doprint</c>, character by character, over the 32-bit slot list built from
/// C# arguments. After '%': an optional '-' (first only), a '0' flag only right
/// after '%' or '-', width digits, exactly one 'l', then one of d u o x X s c. Anything else in
/// conversion position is printed itself and consumes no slot, and parsing goes on after it as
/// literal text: "%llx" prints "lx", "%%" prints "%". '%d' emits its sign before the padding, the
/// width counts digits only, '-' is ignored for numbers, '%c' ignores the width.
/// </summary>
public static class Doprint
{
    private const string Digits = "0123456789abcdef";

    /// <summary>The exact characters the firmware emits; a <see cref="FirmwareFault"/> where it would not print.</summary>
    public static string Emit(string format, IReadOnlyList<object?> arguments) => Trace(format, arguments).Output;

    /// <summary>What the firmware emits, with what each directive read and printed; a <see cref="FirmwareFault"/> where it would not print.</summary>
    public static PrintfTrace Trace(string format, IReadOnlyList<object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(format);
        var slots = ArgumentSlots.From(arguments);
        var printer = new Printer(format, slots);
        var output = printer.Run();
        return new PrintfTrace(format, slots, printer.Directives, output);
    }

    private sealed class Printer(string format, IReadOnlyList<Slot> slots)
    {
        /// <summary>The C string ends at the first NUL.</summary>
        private readonly int end = format.IndexOf('\0') is var nul and >= 0 ? nul : format.Length;
        private readonly StringBuilder output = new();
        private readonly List<DirectiveRead> directives = [];
        private int nextSlot;

        public IReadOnlyList<DirectiveRead> Directives => directives;

        public string Run()
        {
            for (var position = 0; position < end; position++)
            {
                if (format[position] == '%')
                {
                    position = Directive(position);
                }
                else
                {
                    output.Append(format[position]);
                }
            }

            return output.ToString();
        }

        /// <summary>Reads and prints the directive at <paramref name="start"/>; returns the position of its last character.</summary>
        private int Directive(int start)
        {
            var position = start + 1;
            var leftJustify = false;
            var zeroPad = false;
            var width = 0;
            if (At(position) == '-' || IsDigit(At(position)))
            {
                if (At(position) == '-')
                {
                    leftJustify = true;
                    position++;
                }

                zeroPad = At(position) == '0';
                for (; IsDigit(At(position)); position++)
                {
                    width = unchecked((width * 10) + (At(position) - '0'));
                }
            }

            if (At(position) == 'l')
            {
                position++;
            }

            if (position >= end)
            {
                throw Fault(
                    $"the format ends inside the directive \"{format[start..end]}\" at offset {start}: "
                    + "hvmloader emits a NUL and reads on past the string's terminator");
            }

            var directive = format[start..(position + 1)];
            var conversion = format[position];
            var (printedFrom, firstSlot) = (output.Length, nextSlot);
            switch (conversion)
            {
                case 'd' or 'u' or 'o' or 'x' or 'X':
                    Number(IntegerSlot(directive, start), conversion, width, zeroPad);
                    break;
                case 's':
                    Text(StringSlot(directive, start), width, leftJustify);
                    break;
                case 'c':
                    output.Append((char)(byte)IntegerSlot(directive, start));
                    break;
                default:
                    output.Append(conversion);
                    break;
            }

            directives.Add(new DirectiveRead(start, position + 1, output.ToString(printedFrom, output.Length - printedFrom), slots.Skip(firstSlot).Take(nextSlot - firstSlot).ToList()));
            return position;
        }

        private void Number(uint value, char conversion, int width, bool zeroPad)
        {
            if (conversion == 'd' && (int)value < 0)
            {
                output.Append('-');
                value = unchecked((uint)-(int)value);
            }

            var digits = ToDigits(value, conversion switch { 'o' => 8u, 'x' or 'X' => 16u, _ => 10u });
            output.Append(zeroPad ? '0' : ' ', Math.Max(0, width - digits.Length));
            output.Append(conversion == 'X' ? digits.ToUpperInvariant() : digits);
        }

        private void Text(string text, int width, bool leftJustify)
        {
            var length = text.IndexOf('\0') is var nul and >= 0 ? nul : text.Length;
            var padding = Math.Max(0, width - length);
            if (!leftJustify)
            {
                output.Append(' ', padding);
            }

            output.Append(text, 0, length);
            if (leftJustify)
            {
                output.Append(' ', padding);
            }
        }

        private uint IntegerSlot(string directive, int offset)
        {
            var slot = NextSlot(directive, offset);
            if (slot.Kind != SlotKind.Integer)
            {
                throw Fault(
                    $"\"{directive}\" at offset {offset} reads slot {nextSlot - 1} as an integer, but it holds {slot.Describe()}: "
                    + "hvmloader would print the pointer's address, which a C# string does not have");
            }

            return slot.Value;
        }

        private string StringSlot(string directive, int offset)
        {
            var slot = NextSlot(directive, offset);
            if (slot.Kind != SlotKind.Pointer)
            {
                throw Fault(
                    $"\"{directive}\" at offset {offset} reads slot {nextSlot - 1} as a string pointer, but it holds {slot.Describe()}: "
                    + $"strlen dereferences address 0x{slot.Value:x}");
            }

            return slot.Text ?? throw Fault(
                $"\"{directive}\" at offset {offset} reads slot {nextSlot - 1}, {slot.Describe()}: "
                + "hvmloader does not check for NULL and strlen faults");
        }

        private Slot NextSlot(string directive, int offset)
        {
            if (nextSlot >= slots.Count)
            {
                throw Fault(
                    $"\"{directive}\" at offset {offset} reads slot {nextSlot}, but the arguments fill only {slots.Count} slot(s): "
                    + "hvmloader reads whatever lies on the stack past the last argument");
            }

            return slots[nextSlot++];
        }

        private char At(int position) => position < end ? format[position] : '\0';

        private FirmwareFault Fault(string message) => new(message, output.ToString());

        private static bool IsDigit(char c) => c is >= '0' and <= '9';

        /// <summary>hvmloader's printnum: the digits of an unsigned 32-bit value, lower-case.</summary>
        private static string ToDigits(uint value, uint radix)
        {
            Span<char> buffer = stackalloc char[32];
            var start = buffer.Length;
            do
            {
                buffer[--start] = Digits[(int)(value % radix)];
                value /= radix;
            }
            while (value != 0);

            return new string(buffer[start..]);
        }
    }
}
