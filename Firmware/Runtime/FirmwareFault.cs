using System;

namespace FirmwareGuard.Firmware.Runtime;

/// <summary>
/// What the real firmware would do instead of printing: dereference an integer or NULL as a string,
/// read a value the model cannot know, or walk off the end of its format or argument list.
/// <see cref="Emitted"/> holds the characters the printer had already sent out.
/// </summary>
public sealed class FirmwareFault : Exception
{
    public FirmwareFault(string message, string emitted)
        : base(message)
    {
        Emitted = emitted;
    }

    public string Emitted { get; }
}
