using FirmwareGuard.Firmware.Runtime;

namespace FirmwareGuard.Firmware.Hvmloader;

/// <summary>hvmloader's BUG(): the firmware stops.</summary>
internal static class Bug
{
    public static FirmwareFault AddToPhysmapFailed(uint idx, uint gpfn, uint pages) =>
        new($"BUG(): XENMEM_add_to_physmap failed moving 0x{pages:x} pages from gfn 0x{idx:x} to gfn 0x{gpfn:x}", emitted: string.Empty);
}
