using System;
using System.Linq;

namespace FirmwareGuard.Tests.Package;

/// <summary>The consumers' source files.</summary>
internal static class ConsumerPrograms
{
    /// <summary>The call FirmwareGuard must stop: a 64-bit size passed to a 32-bit printf.</summary>
    public const string HoleSizeCall = """Log.Printf("MMIO hole size %x\n", holeSize);""";

    /// <summary>The value and what a correct print of it shows.</summary>
    public const string HoleSize = "0x200001000";

    public const string FullHoleSize = "MMIO hole size 200001000";

    /// <summary>A shim as narrow as hvmloader's printf (each argument one or two 32-bit slots), marked with the generated attribute.</summary>
    public const string SixtyFourBit = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.Text;
        using FirmwareGuard;

        namespace Consumer;

        public static class Log
        {
            [PrintfShim]
            public static void Printf(string format, params object?[] args)
            {
                var slots = new List<object>();
                foreach (var argument in args)
                {
                    switch (argument)
                    {
                        case ulong wide:
                            slots.Add((uint)wide);
                            slots.Add((uint)(wide >> 32));
                            break;
                        case string text:
                            slots.Add(text);
                            break;
                        default:
                            slots.Add(unchecked((uint)Convert.ToInt64(argument, CultureInfo.InvariantCulture)));
                            break;
                    }
                }

                var output = new StringBuilder();
                var next = 0;
                for (var i = 0; i < format.Length; i++)
                {
                    if (format[i] != '%')
                    {
                        output.Append(format[i]);
                        continue;
                    }

                    var pad = ' ';
                    if (format[++i] == '0')
                    {
                        pad = '0';
                        i++;
                    }

                    var width = 0;
                    while (char.IsDigit(format[i]))
                    {
                        width = (width * 10) + (format[i++] - '0');
                    }

                    var printed = format[i] switch
                    {
                        'x' => ((uint)slots[next++]).ToString("x", CultureInfo.InvariantCulture),
                        'd' => unchecked((int)(uint)slots[next++]).ToString(CultureInfo.InvariantCulture),
                        's' => (string)slots[next++],
                        _ => format[i].ToString(),
                    };
                    output.Append(printed.PadLeft(width, pad));
                }

                Console.Write(output.ToString());
            }
        }

        public static class Program
        {
            public static void Main()
            {
                ulong holeSize = HOLE_SIZE;
                HOLE_SIZE_CALL
            }
        }
        """;

    public static string SixtyFourBitProgram => SixtyFourBit.Replace("HOLE_SIZE_CALL", HoleSizeCall).Replace("HOLE_SIZE", HoleSize);

    /// <summary>The 1-based line and column of <c>holeSize</c> in <see cref="HoleSizeCall"/>, where FG0001 belongs.</summary>
    public static (int Line, int Column) HoleSizeArgument(string program)
    {
        var lines = program.Replace("\r\n", "\n").Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(HoleSizeCall, StringComparison.Ordinal));
        return (index + 1, lines[index].IndexOf("holeSize);", StringComparison.Ordinal) + 1);
    }

    /// <summary>Uses all three generated attributes and a dialect from a dialect file; its one finding is a warning.</summary>
    public const string GeneratedAttributes = """
        using System;
        using FirmwareGuard;

        namespace Consumer;

        public static class Log
        {
            [PrintfShim]
            public static void Printf(string format, params object?[] args) => Console.Write(format);

            [PrintfShim("uart")]
            public static void Uart(string format, params object?[] args) => Console.Write(format);
        }

        public sealed class Bar
        {
            [LogRole("size")]
            public ulong Amount { get; set; }

            [MustLog]
            public void Move([LogRole("address")] ulong to) => Amount = to;
        }

        public static class Program
        {
            public static void Main()
            {
                var bar = new Bar { Amount = 0x200001000 };
                ulong target = 0x300000000;
                Log.Uart("moving %llx bytes to %llx\n", bar.Amount, target);
                bar.Move(target);
                Log.Printf("done\n", target);
            }
        }
        """;

    /// <summary>A library of shims used by other projects, as firmware code is laid out; its internals are visible to <c>Drivers</c>.</summary>
    public const string PlatformLibrary = """
        using System;
        using System.Runtime.CompilerServices;
        using FirmwareGuard;

        [assembly: InternalsVisibleTo("Drivers")]

        namespace Platform;

        public static class Log
        {
            [PrintfShim]
            public static void Printf(string format, params object?[] args) => Console.Write(format);
        }

        public static class Physmap
        {
            [MustLog]
            public static void Move([LogRole("address")] uint to, [LogRole("size")] uint pages) { }
        }
        """;

    /// <summary>The project that calls <see cref="PlatformLibrary"/>'s shims; it has the generated attributes too and marks a shim of its own.</summary>
    public const string Drivers = """
        using FirmwareGuard;
        using Platform;

        namespace Drivers;

        public static class Program
        {
            [PrintfShim]
            private static void Trace(string format, params object?[] args) => Log.Printf(format, args);

            public static void Main()
            {
                ulong holeSize = 0x200001000;
                uint to = 0x100000, pages = 16;
                Log.Printf("hole %x\n", holeSize);
                Physmap.Move(to, pages);
                Trace("done\n");
            }
        }
        """;

    /// <summary>A stray '%' before the newline: FG0002's message quotes a newline.</summary>
    public const string StrayPercent = """
        using System;
        using FirmwareGuard;

        namespace Consumer;

        public static class Program
        {
            [PrintfShim]
            private static void Printf(string format, params object?[] args) => Console.Write(format);

            public static void Main() => Printf("done 100%\n");
        }
        """;

    /// <summary>The UART printer of <see cref="GeneratedAttributes"/>: its %llx reads 64 bits.</summary>
    public const string UartDialect = """
        [uart]
        description = a UART console printf with a 64-bit %llx
        lengths = l ll
        unknown = print-character
        x   = hex 1 32
        llx = hex 2 64
        s   = string 1 32
        """;

    public static int LineOf(string program, string text) =>
        program.Replace("\r\n", "\n").Split('\n').Select((line, index) => (line, index)).First(l => l.line.Contains(text, StringComparison.Ordinal)).index + 1;

    /// <summary>
    /// One call for each kind of diagnostic FirmwareGuard can fix, printed through hvmloader's printf
    /// as the firmware runtime models it, and one FG0003 that nothing fixes (in a method never run).
    /// </summary>
    public const string EveryFixableKind = """
        using System;
        using FirmwareGuard;
        using FirmwareGuard.Firmware.Runtime;

        namespace Consumer;

        public static class Log
        {
            [PrintfShim]
            public static void Printf(string format, params object?[] args) => Console.Write(Doprint.Emit(format, args));

            public static void Trace(string format, params object?[] args) => Printf(format, args);
        }

        public static class Program
        {
            private static ulong next = 0x1_2345_6789;

            private static ulong Next() => next++;

            public static void Main()
            {
                ulong size = 0x2_0000_1000;
                long pages = 0x3_0000_0002;
                ulong window = 0xF_E000_000C;
                uint devfn = 0x28;
                string message = "plain text\n";
                Log.Printf("size %x\n", size);
                Log.Printf("pages %d\n", pages);
                Log.Printf("limit %u\n", 4096L);
                Log.Printf("dev %i\n", devfn);
                Log.Printf("dev %#x\n", devfn);
                Log.Printf("next %llx then %u\n", Next(), devfn);
                Log.Printf("wide %lx\n", size);
                Log.Printf("%x %x\n", devfn, devfn, Next());
                Log.Printf(message);
                Log.Printf("window %08x\n", (uint)window);
                Log.Trace("wrapped %u\n", devfn);
                Log.Printf("loading ");
            }

            private static void NeverRun(uint devfn) => Log.Printf("%x %x\n", devfn);
        }
        """;

    /// <summary>What <see cref="EveryFixableKind"/> prints once fixed: what C's printf prints for each call as written.</summary>
    public static readonly string[] EveryFixableKindPrints =
    {
        "size 200001000",
        "pages 0x300000002",
        "limit 4096",
        "dev 40",
        "dev 0x28",
        "next 123456789 then 40",
        "wide 200001000",
        "28 28",
        "plain text",
        "window fe000000c",
        "wrapped 40",
        "loading ",
    };
}
