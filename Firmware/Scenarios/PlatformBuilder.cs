using System.Linq;
using FirmwareGuard.Firmware.Hvmloader;
using FirmwareGuard.Firmware.Platform;

namespace FirmwareGuard.Firmware.Scenarios;

/// <summary>
/// Builds the machine hvmloader boots on for a scenario: the PCI bus, the domain builder's RAM split,
/// the CPU and xenstore. The allow-memory-relocate key exists only with the series (patch 8/8 added
/// both libxl's write and hvmloader's read), so the <c>before</c> machine has none.
/// </summary>
public static class PlatformBuilder
{
    public static HvmPlatform Build(Scenario scenario, HvmloaderVersion version)
    {
        var devices = scenario.PlatformDevices ? PlatformDevices.All.Concat(scenario.Devices) : scenario.Devices;
        var (info, memory) = DomainBuilder.Build(scenario.MemoryBytes);
        var xenstore = new Xenstore();
        if (version == HvmloaderVersion.After)
        {
            ToolstackKeys.Write(scenario.Toolstack, scenario.DeviceModel, xenstore);
            if (scenario.AllowMemoryRelocate is { } setting)
            {
                xenstore.Write(Xenstore.AllowMemoryRelocate, setting);
            }
        }

        return new HvmPlatform(new PciBus(devices), info, new Hypervisor(memory), xenstore, new VirtualCpu((byte)scenario.CpuPhysAddrBits));
    }
}
