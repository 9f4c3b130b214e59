namespace FirmwareGuard.Firmware.Hvmloader;

/// <summary>Constants of tools/firmware/hvmloader/config.h (as of the series) that pci_setup uses.</summary>
internal static class HvmloaderConfig
{
    /// <summary>The default low MMIO hole, 0xF0000000..0xFC000000 (192 MiB); the start may move down.</summary>
    public const uint PciMemStart = 0xf0000000;

    public const uint PciMemEnd = 0xfc000000;

    public const int PageShift = 12;

    /// <summary>The PIIX3 ISA bridge, 00:01.0.</summary>
    public const int PciIsaDevfn = 0x08;

    /// <summary>IRQs 5, 10 and 11.</summary>
    public const uint PciIsaIrqMask = 0x0c20;

    /// <summary>PIIX3's PIRQ route registers, one byte per link.</summary>
    public const int PirqRouteControl = 0x60;

    public const ulong FourGiB = 1ul << 32;

    public const ulong IoResourceBase = 0xc000;
    public const ulong IoResourceMax = 0x10000;

    /// <summary>A devfn beyond the bus: no VGA device found.</summary>
    public const int NoDevfn = 256;
}
