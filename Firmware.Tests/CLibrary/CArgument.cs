namespace FirmwareGuard.Firmware.Tests.CLibrary;

/// <summary>An argument for the C reference printer: a 64-bit integer as x86-64 passes it, or a string.</summary>
public sealed record CArgument(long Integer, string? Text)
{
    public static CArgument Of(long integer) => new(integer, null);

    public static CArgument Of(string text) => new(0, text);
}
