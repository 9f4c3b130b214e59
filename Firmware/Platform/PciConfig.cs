namespace FirmwareGuard.Firmware.Platform;

/// <summary>PCI configuration-space offsets and bits (Xen's tools/firmware/hvmloader/pci_regs.h).</summary>
public static class PciConfig
{
    public const int VendorId = 0x00;
    public const int DeviceId = 0x02;
    public const int Command = 0x04;
    public const int ClassDevice = 0x0a;
    public const int BaseAddress0 = 0x10;
    public const int BaseAddress5 = 0x24;
    public const int RomAddress = 0x30;
    public const int InterruptLine = 0x3c;
    public const int InterruptPin = 0x3d;

    public const ushort CommandIo = 0x1;
    public const ushort CommandMemory = 0x2;
    public const ushort CommandMaster = 0x4;

    public const uint BaseAddressSpace = 0x01;
    public const uint BaseAddressSpaceMemory = 0x00;
    public const uint BaseAddressMemTypeMask = 0x06;
    public const uint BaseAddressMemType64 = 0x04;

    /// <summary>~0x0fUL: an unsigned long is 32 bits in hvmloader.</summary>
    public const uint BaseAddressMemMask = ~0x0fu;

    /// <summary>~0x03UL.</summary>
    public const uint BaseAddressIoMask = ~0x03u;

    /// <summary>The register of BAR <paramref name="index"/> (0..5), or of the ROM for index 6.</summary>
    public static int BarRegisterOf(int index) => index == 6 ? RomAddress : BaseAddress0 + (4 * index);
}
