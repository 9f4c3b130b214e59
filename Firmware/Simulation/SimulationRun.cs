using System.Collections.Generic;
using System.Linq;
using FirmwareGuard.Firmware.Hvmloader;
using FirmwareGuard.Firmware.Platform;
using FirmwareGuard.Firmware.Runtime;

namespace FirmwareGuard.Firmware.Simulation;

/// <summary>
/// One boot of a scenario under one hvmloader version: pci_setup's decisions, hvm_info and the
/// physmap when it returns, the console log (with every printf call that made it and the lines the
/// console cut at its width), and the outcome. Without hvmloader (a PV guest) every value is null and
/// the lists are empty.
/// </summary>
public sealed record SimulationRun(
    HvmloaderVersion Version,
    PciSetupResult? Setup,
    uint? LowMemPgend,
    uint? HighMemPgend,
    IReadOnlyList<PhysmapMove> Moves,
    IReadOnlyList<PageRange> Ram,
    IReadOnlyList<string> Log,
    IReadOnlyList<LoggedPrintf> Printfs,
    IReadOnlyList<int> CutLines,
    Outcome Outcome)
{
    public bool PciSetupRan => Setup is not null;

    public IReadOnlyList<BarAssignment> Bars => Setup?.Bars ?? [];

    public ulong? RelocatedPages => Setup is null ? null : Moves.Aggregate(0ul, (total, move) => total + move.Pages);
}
