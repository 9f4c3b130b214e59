using System.Collections.Generic;

namespace FirmwareGuard.Firmware.Runtime;

/// <summary>hvmloader's <c>printf</c>: <c>_doprint</c> sending each character to the debug port.</summary>
public sealed class HvmConsole
{
    private readonly List<LoggedPrintf> calls = [];

    public DebugConsole Console { get; } = new();

    /// <summary>Every call that printed completely, in order, with what each directive read.</summary>
    public IReadOnlyList<LoggedPrintf> Calls => calls;

    /// <summary>
    /// Prints through <see cref="Doprint"/>. A fault still delivers what was emitted before it, then
    /// propagates. A bare <c>null</c> argument list (C# passes <c>Printf(f, null)</c> as a null array)
    /// is no arguments, as the analyzers read it.
    /// </summary>
    [PrintfShim]
    public void Printf(string format, params object?[] args)
    {
        PrintfTrace trace;
        try
        {
            trace = Doprint.Trace(format, args ?? []);
        }
        catch (FirmwareFault fault)
        {
            Console.Write(fault.Emitted);
            throw;
        }

        calls.Add(new LoggedPrintf(trace, Console.Lines.Count));
        Console.Write(trace.Output);
    }
}
