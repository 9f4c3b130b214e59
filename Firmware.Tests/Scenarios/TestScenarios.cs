using FirmwareGuard.Firmware.Platform;
using FirmwareGuard.Firmware.Scenarios;

namespace FirmwareGuard.Firmware.Tests.Scenarios;

/// <summary>Small scenarios and devices for tests.</summary>
internal static class TestScenarios
{
    public const ulong KiB = 1ul << 10;
    public const ulong MiB = 1ul << 20;
    public const ulong GiB = 1ul << 30;

    public static Scenario Hvm(int memoryMiB, DeviceModel model = DeviceModel.QemuXen, Toolstack toolstack = Toolstack.Libxl, bool platformDevices = true, int cpuPhysAddrBits = 36, params PciDeviceSpec[] devices) =>
        new("test", GuestType.Hvm, memoryMiB, model, toolstack, AllowMemoryRelocate: null, cpuPhysAddrBits, platformDevices, devices);

    public static PciDeviceSpec Card(string bdf, BarSpec[] bars, ulong? rom = null, byte pin = 1) =>
        new(Bdf.Parse(bdf)!.Value, "card", 0x1af4, 0x1000, 0x0200, pin, bars, rom, Critical: false);

    public static BarSpec Mem32(int index, ulong size, bool prefetchable = false) => new(index, BarType.Mem32, prefetchable, size);

    public static BarSpec Mem64(int index, ulong size, bool prefetchable = false) => new(index, BarType.Mem64, prefetchable, size);

    public static BarSpec Io(int index, ulong size) => new(index, BarType.Io, false, size);
}
