using System;
using System.Collections.Generic;
using System.Text;
using FirmwareGuard.Firmware.Tests.CLibrary;

namespace FirmwareGuard.Firmware.Tests.Runtime;

/// <summary>
/// Random printf calls inside the subset where hvmloader's printf and the C library's agree:
/// 32-bit arguments of every C# type that takes one slot; d u o x X with an optional 'l', '0' flag
/// and width (non-negative values when padded); s with an optional '-' and width; c without width;
/// "%%"; literal text. The C call widens an 'l' argument to the 64 bits x86-64 reads: sign-extended
/// for d, zero-extended otherwise.
/// </summary>
public sealed class AgreeingCaseGenerator(Random random)
{
    private const string Numeric = "duoxX";
    private const string LiteralPool = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 :.,-+#*[]()=/\\\"'\n\t\u00e9\u00b5";

    private static readonly Func<Random, (object Value, long Number)>[] IntegerArguments =
    [
        r => Draw(r, sbyte.MinValue, sbyte.MaxValue, n => (sbyte)n),
        r => Draw(r, byte.MinValue, byte.MaxValue, n => (byte)n),
        r => Draw(r, short.MinValue, short.MaxValue, n => (short)n),
        r => Draw(r, ushort.MinValue, ushort.MaxValue, n => (ushort)n),
        r => Draw(r, int.MinValue, int.MaxValue, n => (int)n),
        r => Draw(r, uint.MinValue, uint.MaxValue, n => (uint)n),
        r => Draw(r, char.MinValue, char.MaxValue, n => (char)n),
        r => Draw(r, 0, 1, n => n == 1),
        r => Draw(r, byte.MinValue, byte.MaxValue, n => (ByteEnum)n),
        r => Draw(r, short.MinValue, short.MaxValue, n => (ShortEnum)n),
        r => Draw(r, int.MinValue, int.MaxValue, n => (IntEnum)n),
        r => Draw(r, uint.MinValue, uint.MaxValue, n => (UIntEnum)n),
    ];

    public enum ByteEnum : byte
    {
    }

    public enum ShortEnum : short
    {
    }

    public enum IntEnum
    {
    }

    public enum UIntEnum : uint
    {
    }

    public AgreeingCase Next()
    {
        var format = new StringBuilder();
        var arguments = new List<object?>();
        var cArguments = new List<CArgument>();
        var pieces = random.Next(1, 9);
        for (var piece = 0; piece < pieces; piece++)
        {
            switch (random.Next(10))
            {
                case < 3:
                    for (var length = random.Next(1, 7); length > 0; length--)
                    {
                        format.Append(LiteralPool[random.Next(LiteralPool.Length)]);
                    }

                    break;
                case 3:
                    format.Append("%%");
                    break;
                case < 7:
                    NumberDirective(format, arguments, cArguments);
                    break;
                case < 9:
                    StringDirective(format, arguments, cArguments);
                    break;
                default:
                    var (value, number) = IntegerArguments[random.Next(IntegerArguments.Length)](random);
                    format.Append("%c");
                    arguments.Add(value);
                    cArguments.Add(CArgument.Of(unchecked((uint)number)));
                    break;
            }
        }

        return new AgreeingCase(format.ToString(), arguments.ToArray(), new CCase(format.ToString(), cArguments));
    }

    private void NumberDirective(StringBuilder format, List<object?> arguments, List<CArgument> cArguments)
    {
        var conversion = Numeric[random.Next(Numeric.Length)];
        var isLong = random.Next(2) == 0;
        var zeroPad = random.Next(3) == 0;
        var width = random.Next(3) == 0 ? 0 : random.Next(1, 16);
        var padded = zeroPad || width > 0;

        object value;
        long number;
        do
        {
            (value, number) = IntegerArguments[random.Next(IntegerArguments.Length)](random);
        }
        while (conversion == 'd' && padded && unchecked((int)(uint)number) < 0);

        format.Append('%')
            .Append(zeroPad ? "0" : string.Empty)
            .Append(width > 0 ? width.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
            .Append(isLong ? "l" : string.Empty)
            .Append(conversion);
        arguments.Add(value);

        var slot = unchecked((uint)number);
        var widened = isLong && conversion == 'd' ? unchecked((int)slot) : (long)slot;
        cArguments.Add(CArgument.Of(widened));
    }

    private void StringDirective(StringBuilder format, List<object?> arguments, List<CArgument> cArguments)
    {
        var width = random.Next(2) == 0 ? 0 : random.Next(1, 21);
        var leftJustify = width > 0 && random.Next(2) == 0;
        var text = new StringBuilder();
        for (var length = random.Next(0, 13); length > 0; length--)
        {
            text.Append(random.Next(20) switch
            {
                0 => '\0',
                1 => (char)random.Next(0x01, 0x100),
                _ => (char)random.Next(' ', '~' + 1),
            });
        }

        format.Append('%')
            .Append(leftJustify ? "-" : string.Empty)
            .Append(width > 0 ? width.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)
            .Append('s');
        arguments.Add(text.ToString());
        cArguments.Add(CArgument.Of(text.ToString()));
    }

    private static (object Value, long Number) Draw(Random random, long minimum, long maximum, Func<long, object> box)
    {
        var number = random.Next(4) switch
        {
            0 => minimum,
            1 => maximum,
            2 => Math.Clamp(random.NextInt64(-300, 300), minimum, maximum),
            _ => random.NextInt64(minimum, maximum + 1),
        };
        return (box(number), number);
    }
}
