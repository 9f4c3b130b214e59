using System.Collections.Generic;
using System.Linq;
using FirmwareGuard.Firmware.Platform;

namespace FirmwareGuard.Firmware.Scenarios;

/// <summary>
/// One scenario per configuration the cover letter's risk analysis walks through, passed-through
/// devices at 00:05.0 and 00:06.0, platform devices on. Their outcomes are computed by the model, not stored.
/// </summary>
public static class BuiltInScenarios
{
    public const string DefaultName = "qemu-xen-total-too-big";

    private const ulong KiB = 1ul << 10;
    private const ulong MiB = 1ul << 20;
    private const ulong GiB = 1ul << 30;

    private static readonly Bdf Slot5 = new(0, 5, 0);
    private static readonly Bdf Slot6 = new(0, 6, 0);

    public static IReadOnlyList<BuiltInScenario> All { get; } =
    [
        new(
            Hvm("pv-guest", 8192, DeviceModel.QemuXen, Toolstack.Libxl, Card(Slot5, "FPGA card", 0x1172, 0x0004, 0x1200, [Mem32(0, 128 * MiB)])) with { Guest = GuestType.Pv },
            "PV guest: no hvmloader runs, so the series changes nothing"),
        new(
            Hvm("no-passthrough", 8192, DeviceModel.QemuXen, Toolstack.Libxl),
            "HVM guest with only the platform's devices: they fit the default hole"),
        new(
            Hvm("fits-default-hole", 8192, DeviceModel.QemuXen, Toolstack.Libxl, Card(Slot5, "10GbE NIC", 0x8086, 0x10fb, 0x0200, [Mem32(0, 128 * KiB), Mem64(1, 16 * KiB), Io(3, 32)], rom: 64 * KiB)),
            "passed-through devices that fit the default MMIO hole"),
        new(
            Hvm("hole-grows-no-ram-moved", 3072, DeviceModel.QemuXen, Toolstack.Libxl, Card(Slot5, "FPGA card", 0x1172, 0x0004, 0x1200, [Mem32(0, 256 * MiB)])),
            "the hole must grow, but the guest's RAM ends below it, so no RAM moves"),
        new(
            Hvm("qemu-trad-under-2GiB", 8192, DeviceModel.QemuTraditional, Toolstack.Libxl, Card(Slot5, "GPU", 0x10de, 0x1db4, 0x0302, [Mem32(0, 16 * MiB), Mem64(1, 1 * GiB, prefetchable: true)])),
            "qemu-traditional, devices needing less than 2 GiB: RAM moves, which qemu-traditional copes with"),
        new(
            Hvm(
                "qemu-trad-over-2GiB",
                4096,
                DeviceModel.QemuTraditional,
                Toolstack.Libxl,
                Card(Slot5, "GPU", 0x10de, 0x1db4, 0x0302, [Mem64(0, 1 * GiB, prefetchable: true), Mem64(2, 128 * MiB)]),
                Card(Slot6, "GPU", 0x10de, 0x1db4, 0x0302, [Mem64(0, 512 * MiB, prefetchable: true), Mem64(2, 256 * MiB), Mem32(4, 64 * MiB)])),
            "qemu-traditional, more MMIO than the largest hole holds: before, the smallest BARs (the platform's) go unmapped"),
        new(
            Hvm("qemu-xen-other-toolstack", 6144, DeviceModel.QemuXen, Toolstack.Other, Gpu(Slot5)),
            "qemu-xen under a toolstack that writes no xenstore key: RAM still moves and qemu-xen still crashes"),
        new(
            Hvm("qemu-xen-32bit-too-big", 8192, DeviceModel.QemuXen, Toolstack.Libxl, Card(Slot5, "capture card", 0x1172, 0x0004, 0x0400, [Mem32(0, 128 * MiB), Mem32(1, 64 * MiB)])),
            "qemu-xen, 32-bit-only BARs that overflow the default hole: after, the smallest BARs go unmapped instead"),
        new(
            Hvm(DefaultName, 6144, DeviceModel.QemuXen, Toolstack.Libxl, Gpu(Slot5)),
            "qemu-xen, 32-bit BARs fit the default hole but all BARs do not: after, the GPU's 64-bit BAR goes above 4 GiB"),
    ];

    public static BuiltInScenario Default => Find(DefaultName)!;

    /// <summary>Every name, comma-separated, for messages.</summary>
    public static string Names => string.Join(", ", All.Select(scenario => scenario.Name));

    public static BuiltInScenario? Find(string name) => All.FirstOrDefault(scenario => scenario.Name == name);

    /// <summary>The default scenario's GPU: a 16 MiB 32-bit BAR, a 256 MiB 64-bit prefetchable BAR and a 512 KiB ROM.</summary>
    private static PciDeviceSpec Gpu(Bdf bdf) =>
        Card(bdf, "GPU", 0x10de, 0x11bf, 0x0300, [Mem32(0, 16 * MiB), Mem64(1, 256 * MiB, prefetchable: true)], rom: 512 * KiB);

    private static Scenario Hvm(string name, int memoryMiB, DeviceModel model, Toolstack toolstack, params PciDeviceSpec[] devices) =>
        new(name, GuestType.Hvm, memoryMiB, model, toolstack, AllowMemoryRelocate: null, Scenario.DefaultCpuPhysAddrBits, PlatformDevices: true, devices);

    private static PciDeviceSpec Card(Bdf bdf, string name, ushort vendor, ushort device, ushort classCode, BarSpec[] bars, ulong? rom = null) =>
        new(bdf, name, vendor, device, classCode, InterruptPin: 1, bars, rom, Critical: false);

    private static BarSpec Mem32(int index, ulong size) => new(index, BarType.Mem32, false, size);

    private static BarSpec Mem64(int index, ulong size, bool prefetchable = false) => new(index, BarType.Mem64, prefetchable, size);

    private static BarSpec Io(int index, ulong size) => new(index, BarType.Io, false, size);
}
