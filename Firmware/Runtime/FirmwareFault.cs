using System;

namespace FirmwareGuard.Firmware.Runtime;

/// <summary>
/// Where the real firmware would crash or misbehave instead of going on: its printf dereferencing an
/// integer or NULL as a string, reading a value the model cannot know, or walking off the end of its
/// format or argument list; or hvmloader hitting BUG(). <see cref="Emitted"/> holds the characters
/// the printer had already sent out.
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
