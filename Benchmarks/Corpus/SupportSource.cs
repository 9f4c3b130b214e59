namespace FirmwareGuard.Benchmarks.Corpus;

/// <summary>
/// The one hand-written file of every corpus: the printf shim, and the register I/O, hypercall and
/// memory-map helpers the generated device code calls. The RAM-relocation hypercall is <c>[MustLog]</c>,
/// as in Firmware/, so every method that relocates RAM has its control flow checked (FG0103).
/// </summary>
internal static class SupportSource
{
    public const string FileName = "Support.cs";

    public const string Text = """
        using System;

        namespace Firmware.Corpus
        {
            [AttributeUsage(AttributeTargets.Method)]
            internal sealed class PrintfShimAttribute : Attribute
            {
                public PrintfShimAttribute()
                {
                }

                public PrintfShimAttribute(string dialect) => Dialect = dialect;

                public string Dialect { get; set; } = string.Empty;
            }

            [AttributeUsage(AttributeTargets.Method)]
            internal sealed class MustLogAttribute : Attribute
            {
            }

            [AttributeUsage(AttributeTargets.Parameter)]
            internal sealed class LogRoleAttribute : Attribute
            {
                public LogRoleAttribute(string role) => Role = role;

                public string Role { get; }
            }

            internal static class Log
            {
                [PrintfShim]
                public static void Printf(string format, params object[] args)
                {
                    Console.Write(format.Length + args.Length);
                }
            }

            /// <summary>UEFI's DEBUG() on X64, for the one planted bug only EDK2's printer has (FG0009).</summary>
            internal static class Uefi
            {
                [PrintfShim("edk2-x64")]
                public static void Debug(string format, params object[] args)
                {
                    Console.Write(format.Length + args.Length);
                }
            }

            internal sealed class PciBus
            {
                private readonly uint[] config = new uint[256 * 64];

                public uint ReadConfig32(uint devfn, uint reg) => config[(devfn * 64) + (reg >> 2)];

                public ushort ReadConfig16(uint devfn, uint reg) => (ushort)(config[(devfn * 64) + (reg >> 2)] >> (int)((reg & 2) * 8));

                public byte ReadConfig8(uint devfn, uint reg) => (byte)(config[(devfn * 64) + (reg >> 2)] >> (int)((reg & 3) * 8));

                public void WriteConfig32(uint devfn, uint reg, uint value) => config[(devfn * 64) + (reg >> 2)] = value;

                public void WriteConfig8(uint devfn, uint reg, byte value)
                {
                    var shift = (int)((reg & 3) * 8);
                    var index = (devfn * 64) + (reg >> 2);
                    config[index] = (config[index] & ~(0xffu << shift)) | ((uint)value << shift);
                }
            }

            internal static class Io
            {
                private static byte last;

                public static void Outb(ushort port, byte value) => last = (byte)(port ^ value);

                public static byte Inb(ushort port) => (byte)(last ^ port);
            }

            internal static class Irq
            {
                public static uint Next(uint link) => link switch { 0 => 5u, 1 => 10u, 2 => 11u, _ => 5u };
            }

            internal static class Hypercall
            {
                [MustLog]
                public static int AddToPhysmap([LogRole("address")] uint idx, [LogRole("address")] uint gpfn, [LogRole("size")] uint size) => (int)(idx ^ gpfn ^ size) & 0;
            }

            internal static class Mtrr
            {
                public static void SetUncachable(ulong start, ulong size) => Io.Outb(0x80, (byte)(start ^ size));
            }

            internal static class E820
            {
                public static ulong Base(int entry) => (ulong)entry << 20;

                public static ulong Size(int entry) => 1ul << (entry + 12);

                public static string TypeName(int entry) => entry % 2 == 0 ? "RAM" : "RESERVED";
            }

            internal static class Memory
            {
                public static ulong AlignUp(ulong value, ulong alignment) => (value + alignment - 1) & ~(alignment - 1);
            }
        }
        """;
}
