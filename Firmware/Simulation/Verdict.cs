namespace FirmwareGuard.Firmware.Simulation;

/// <summary>What booting means for the VM, worst last: a run's verdict is the last one that applies.</summary>
public enum Verdict
{
    /// <summary>Every BAR mapped below 4 GiB, and nothing the device model relies on moved.</summary>
    Unaffected,

    /// <summary>Some 64-bit BARs were placed above 4 GiB (the cover letter's risk: do their drivers cope?).</summary>
    RelocatedHigh,

    /// <summary>Some passed-through BARs got no space: those devices are invisible to the guest.</summary>
    DevicesUnmapped,

    /// <summary>A platform device got no space: the VM will not boot.</summary>
    BootFails,

    /// <summary>hvmloader moved guest RAM under qemu-xen, which crashes a few minutes after boot.</summary>
    QemuXenCrash,
}
