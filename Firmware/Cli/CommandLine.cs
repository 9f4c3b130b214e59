using System.IO;
using FirmwareGuard.Firmware.Runtime;

namespace FirmwareGuard.Firmware.Cli;

/// <summary>
/// The Firmware command line: dispatches to one command per verb. Whatever goes wrong ends as one
/// line on stderr and an exit code: bad input, a firmware fault, or output that cannot be written.
/// </summary>
internal static class CommandLine
{
    public const string Commands = SimulateCommand.Usage + " | " + ScenariosCommand.Usage + " | " + PrintfCommand.Usage;

    public const string Help = """
        A model of Xen hvmloader's printf and of its PCI BAR / MMIO-hole placement, before and after Xen's
        2013 series "Relocate devices rather than memory for qemu-xen".

        Usage: dotnet run --project Firmware -- COMMAND [ARGUMENTS]

        Commands:
          simulate   boot a VM through hvmloader's PCI setup and say what happens to it
          scenarios  list the built-in scenarios, or print one as a scenario file to start from
          printf     print exactly what hvmloader's printf prints for a format and arguments

        Examples:
          dotnet run --project Firmware -- simulate
          dotnet run --project Firmware -- simulate qemu-xen-32bit-too-big --quiet
          dotnet run --project Firmware -- scenarios qemu-xen-total-too-big > my-vm.json
          dotnet run --project Firmware -- printf "size %llx: %08x\n" u64:0x2000000 u32:0xf0000008

        COMMAND --help shows a command's options. Exit codes: 0 done, 1 firmware fault, 2 bad input,
        3 the output could not be written.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            return args switch
            {
                ["--help" or "-h"] => HelpText.Print(output, Help),
                ["simulate", .. var rest] => SimulateCommand.Run(rest, output),
                ["scenarios", .. var rest] => ScenariosCommand.Run(rest, output),
                ["printf", .. var rest] => PrintfCommand.Run(rest, output, error),
                [] => throw new UsageError($"no command given (commands: {Commands}; --help for more)"),
                [var verb, ..] => throw new UsageError($"unknown command '{verb}' (commands: {Commands}; --help for more)"),
            };
        }
        catch (UsageError usage)
        {
            return Fail(error, $"error: {usage.Message}", ExitCode.Usage);
        }
        catch (FirmwareFault fault)
        {
            return Fail(error, $"firmware fault: {fault.Message}", ExitCode.Fault);
        }
        catch (IOException failure)
        {
            return Fail(error, $"error: cannot write the output: {failure.Message}", ExitCode.OutputFailed);
        }
    }

    private static int Fail(TextWriter error, string line, int exitCode)
    {
        try
        {
            error.WriteLine(line);
        }
        catch (IOException)
        {
            // stderr cannot be written either: the exit code is all that is left to say it.
        }

        return exitCode;
    }
}
