using System;
using System.Globalization;

namespace FirmwareGuard.Firmware.Platform;

/// <summary>A PCI address, bus:device.function, written "00:05.0" (hex).</summary>
public readonly record struct Bdf(byte Bus, byte Device, byte Function)
{
    /// <summary>Device and function in one byte, as hvmloader scans bus 0: device &lt;&lt; 3 | function.</summary>
    public byte Devfn => (byte)((Device << 3) | Function);

    public static Bdf FromDevfn(int devfn) => new(0, (byte)(devfn >> 3), (byte)(devfn & 7));

    /// <summary>Parses "bb:dd.f"; null when the text is not of that form or out of range (device &gt; 0x1f, function &gt; 7).</summary>
    public static Bdf? Parse(string text)
    {
        if (text.Length != 7 || text[2] != ':' || text[5] != '.'
            || !byte.TryParse(text.AsSpan(0, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var bus)
            || !byte.TryParse(text.AsSpan(3, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var device)
            || !byte.TryParse(text.AsSpan(6, 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var function)
            || device > 0x1f || function > 7)
        {
            return null;
        }

        return new Bdf(bus, device, function);
    }

    public override string ToString() => $"{Bus:x2}:{Device:x2}.{Function:x}";
}
