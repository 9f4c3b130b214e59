using System.Collections.Generic;

namespace FirmwareGuard.Firmware.Platform;

/// <summary>
/// The devices every Xen HVM guest of 2013 has on bus 0. Interrupt pins follow the emulated
/// hardware: the PIIX4 ACPI function, the Xen platform device and the RTL8139 use INTA; the host
/// bridge, ISA bridge, IDE (legacy mode) and Cirrus VGA use none.
/// </summary>
public static class PlatformDevices
{
    private const byte NoPin = 0;
    private const byte IntA = 1;

    private const ulong KiB = 1024;
    private const ulong MiB = 1024 * KiB;

    public static IReadOnlyList<PciDeviceSpec> All { get; } =
    [
        Device("00:00.0", "i440FX host bridge", 0x8086, 0x1237, 0x0600, NoPin, []),
        Device("00:01.0", "PIIX3 ISA bridge", 0x8086, 0x7000, 0x0601, NoPin, []),
        Device("00:01.1", "PIIX3 IDE", 0x8086, 0x7010, 0x0101, NoPin, [new BarSpec(4, BarType.Io, false, 16)]),
        Device("00:01.3", "PIIX4 ACPI", 0x8086, 0x7113, 0x0680, IntA, []),
        Device("00:02.0", "Cirrus VGA", 0x1013, 0x00b8, 0x0300, NoPin, [new BarSpec(0, BarType.Mem32, true, 32 * MiB), new BarSpec(1, BarType.Mem32, false, 4 * KiB)]),
        Device("00:03.0", "Xen platform device", 0x5853, 0x0001, 0xff80, IntA, [new BarSpec(0, BarType.Io, false, 256), new BarSpec(1, BarType.Mem32, true, 16 * MiB)]),
        Device("00:04.0", "RTL8139 NIC", 0x10ec, 0x8139, 0x0200, IntA, [new BarSpec(0, BarType.Io, false, 256), new BarSpec(1, BarType.Mem32, false, 256)], romSize: 256 * KiB),
    ];

    private static PciDeviceSpec Device(string bdf, string name, ushort vendor, ushort device, ushort classCode, byte pin, BarSpec[] bars, ulong? romSize = null) =>
        new(Bdf.Parse(bdf)!.Value, name, vendor, device, classCode, pin, bars, romSize, Critical: true);
}
