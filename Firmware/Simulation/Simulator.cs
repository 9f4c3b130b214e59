using System.Linq;
using FirmwareGuard.Firmware.Hvmloader;
using FirmwareGuard.Firmware.Platform;
using FirmwareGuard.Firmware.Scenarios;

namespace FirmwareGuard.Firmware.Simulation;

/// <summary>Boots a scenario's VM through one version of hvmloader's pci_setup and judges the result.</summary>
public static class Simulator
{
    public static SimulationRun Run(Scenario scenario, HvmloaderVersion version)
    {
        if (scenario.Guest == GuestType.Pv)
        {
            return new SimulationRun(version, null, null, null, [], [], [], [], [], Outcome.None);
        }

        var platform = PlatformBuilder.Build(scenario, version);
        var setup = version == HvmloaderVersion.Before ? PciSetupBefore.Run(platform) : PciSetupAfter.Run(platform);
        var moves = platform.Hypervisor.Moves;
        var ramRelocated = moves.Count > 0;
        var unmapped = setup.Bars.Where(bar => bar.Placement == Placement.Unmapped).ToList();

        var outcome = new Outcome(
            ramRelocated,
            QemuXenCrash: ramRelocated && scenario.DeviceModel == DeviceModel.QemuXen,
            unmapped.Select(Label).ToList(),
            setup.Bars.Where(bar => bar.Placement == Placement.High).Select(Label).ToList(),
            BootFails: unmapped.Any(bar => platform.Bus.At(bar.Devfn)?.Spec.Critical == true));

        return new SimulationRun(
            version,
            setup,
            platform.Info.LowMemPgend,
            platform.Info.HighMemPgend,
            moves,
            platform.Hypervisor.Memory.Ranges,
            platform.Hvm.Console.Lines,
            platform.Hvm.Calls,
            platform.Hvm.Console.CutLines,
            outcome);
    }

    /// <summary>"00:05.0 bar 0x10".</summary>
    public static string Label(BarAssignment bar) => $"{bar.Bdf} bar 0x{bar.BarReg:x}";
}
