namespace FirmwareGuard.Firmware.Platform;

/// <summary>The QEMU that emulates the guest's devices.</summary>
public enum DeviceModel
{
    /// <summary>Upstream QEMU: it cannot cope with hvmloader moving guest RAM, and crashes a few minutes after boot.</summary>
    QemuXen,

    /// <summary>Xen's old QEMU fork: relocated RAM is fine.</summary>
    QemuTraditional,
}
