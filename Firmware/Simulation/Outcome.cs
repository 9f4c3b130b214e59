using System.Collections.Generic;
using System.Linq;

namespace FirmwareGuard.Firmware.Simulation;

/// <summary>
/// The consequences of a run, by the cover letter's rules: RAM relocated under qemu-xen crashes it;
/// an unmapped platform device stops the boot; BARs are named "&lt;bdf&gt; bar &lt;reg&gt;".
/// </summary>
public sealed record Outcome(
    bool RamRelocated,
    bool QemuXenCrash,
    IReadOnlyList<string> Unmapped,
    IReadOnlyList<string> RelocatedHigh,
    bool BootFails)
{
    public static Outcome None { get; } = new(false, false, [], [], false);

    public Verdict Verdict =>
        QemuXenCrash ? Verdict.QemuXenCrash
        : BootFails ? Verdict.BootFails
        : Unmapped.Any() ? Verdict.DevicesUnmapped
        : RelocatedHigh.Any() ? Verdict.RelocatedHigh
        : Verdict.Unaffected;
}
