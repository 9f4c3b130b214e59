namespace FirmwareGuard.Firmware.Runtime;

/// <summary>hvmloader's <c>printf</c>: <c>_doprint</c> sending each character to the debug port.</summary>
public sealed class HvmConsole
{
    public DebugConsole Console { get; } = new();

    /// <summary>
    /// Prints through <see cref="Doprint"/>. A fault still delivers what was emitted before it, then
    /// propagates. A bare <c>null</c> argument list (C# passes <c>Printf(f, null)</c> as a null array)
    /// is no arguments, as the analyzers read it.
    /// </summary>
    [PrintfShim]
    public void Printf(string format, params object?[] args)
    {
        try
        {
            Console.Write(Doprint.Emit(format, args ?? []));
        }
        catch (FirmwareFault fault)
        {
            Console.Write(fault.Emitted);
            throw;
        }
    }
}
