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
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
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
