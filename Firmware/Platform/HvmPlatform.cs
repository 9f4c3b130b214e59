using FirmwareGuard.Firmware.Runtime;

namespace FirmwareGuard.Firmware.Platform;

/// <summary>Everything hvmloader's pci_setup touches: the PCI bus, hvm_info, the hypervisor, xenstore, the CPU and the debug console.</summary>
public sealed class HvmPlatform(PciBus bus, HvmInfo info, Hypervisor hypervisor, Xenstore xenstore, VirtualCpu cpu)
{
    public PciBus Bus { get; } = bus;

    public HvmInfo Info { get; } = info;

    public Hypervisor Hypervisor { get; } = hypervisor;

    public Xenstore Xenstore { get; } = xenstore;

    public VirtualCpu Cpu { get; } = cpu;

    public HvmConsole Hvm { get; } = new();
}
