using System.Collections.Generic;
using FirmwareGuard.Firmware.Platform;

namespace FirmwareGuard.Firmware.Scenarios;

/// <summary>
/// A VM to boot: guest type, RAM, device model, toolstack, an optional hand-set
/// hvmloader/allow-memory-relocate value ("0"/"1", overriding the toolstack's), the CPU's physical
/// address width, whether the platform's own devices are present, and the passed-through devices.
/// </summary>
public sealed record Scenario(
    string Name,
    GuestType Guest,
    int MemoryMiB,
    DeviceModel DeviceModel,
    Toolstack Toolstack,
    string? AllowMemoryRelocate,
    int CpuPhysAddrBits,
    bool PlatformDevices,
    IReadOnlyList<PciDeviceSpec> Devices)
{
    public const int DefaultCpuPhysAddrBits = 36;

    public const ulong MiB = 1ul << 20;

    public ulong MemoryBytes => (ulong)MemoryMiB * MiB;
}
