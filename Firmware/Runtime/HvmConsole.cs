namespace FirmwareGuard.Firmware.Runtime;

/// <summary>hvmloader's <c>printf</c>: <c>_doprint</c> sending each character to the debug port.</summary>
public sealed class HvmConsole
{
    public HvmConsole(uint domainId = 1)
    {
        Console = new DebugConsole(domainId);
    }

    public DebugConsole Console { get; }

    /// <summary>
    /// Prints through <see cref="Doprint"/>. A fault still delivers what was emitted before it, then
    /// propagates. A bare <c>null</c> argument (which C# passes as a null array) is one NULL pointer.
    /// </summary>
    [PrintfShim]
    public void Printf(string format, params object?[] args)
    {
        try
        {
            Console.Write(Doprint.Emit(format, args ?? [null]));
        }
        catch (FirmwareFault fault)
        {
            Console.Write(fault.Emitted);
            throw;
        }
    }
}
