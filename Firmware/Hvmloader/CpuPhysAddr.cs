using FirmwareGuard.Firmware.Platform;

namespace FirmwareGuard.Firmware.Hvmloader;

/// <summary>hvmloader's cpu_phys_addr() (cacheattr.c): CPUID 0x80000008 EAX[7:0] when the leaf exists, else 36.</summary>
internal static class CpuPhysAddr
{
    public const uint Default = 36;

    public static uint Of(VirtualCpu cpu) =>
        cpu.Eax(VirtualCpu.ExtendedLeaves) >= VirtualCpu.AddressSizesLeaf
            ? cpu.Eax(VirtualCpu.AddressSizesLeaf) & 0xff
            : Default;
}
