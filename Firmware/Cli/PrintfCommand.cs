using System.IO;
using System.Linq;
using FirmwareGuard.Firmware.Runtime;

namespace FirmwareGuard.Firmware.Cli;

/// <summary>
/// <c>printf FORMAT [TYPE:VALUE...]</c>: prints exactly what hvmloader's printf emits for the format
/// (C escapes decoded) and the typed arguments. A firmware fault prints what was emitted before it,
/// then the fault on stderr.
/// </summary>
internal static class PrintfCommand
{
    public const string Usage = "printf FORMAT [TYPE:VALUE...]";

    public const string Help = $$"""
        Usage: {{Usage}}

        Prints exactly what hvmloader's printf prints for FORMAT (C escapes such as \n decoded) and the
        arguments, each typed as the C code would pass it: u8: u16: u32: i32: u64: i64: (decimal or 0x hex),
        char:, str:, or the word null. A u64 takes two 32-bit slots, as on the 32-bit firmware.
        Exit code 1, after what was printed, when the firmware would fault (say %s reading an integer).

        Examples:
          printf "pci dev %02x:%x bar %02x size %llx: %08x\n" u32:0 u32:2 u32:0x10 u64:0x2000000 u32:0xf0000008
          printf "size %x%08x\n" u32:0 u32:0x2000000
          printf "name=%s\n" str:GPU
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (HelpText.Asked(args))
        {
            return HelpText.Print(output, Help);
        }

        if (args.Length == 0)
        {
            throw new UsageError($"printf needs a FORMAT (usage: {CommandLine.Commands})");
        }

        var format = CEscapes.Decode(args[0]);
        var arguments = args[1..].Select(TypedArgument.Parse).ToArray();
        try
        {
            output.Write(Doprint.Emit(format, arguments));
            return ExitCode.Success;
        }
        catch (FirmwareFault fault)
        {
            output.Write(fault.Emitted);
            error.WriteLine($"firmware fault: {fault.Message}");
            return ExitCode.Fault;
        }
    }
}
