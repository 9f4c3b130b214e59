using FirmwareGuard.Firmware.Platform;
using FirmwareGuard.Firmware.Runtime;

namespace FirmwareGuard.Firmware.Hvmloader;

/// <summary>
/// pci_setup's first step, the same before and after the series: route the PIIX3's four PCI-ISA
/// links to the IRQs of PCI_ISA_IRQ_MASK in turn (5, 10, 11, 5). (Programming the ELCR through
/// ports 0x4d0/0x4d1 has no effect on anything modelled here and is left out.)
/// </summary>
internal static class PciIsaLinks
{
    public const int Links = 4;

    public static void Route(PciBus bus, HvmConsole hvm)
    {
        var isaIrq = 0u;
        for (var link = 0u; link < Links; link++)
        {
            do
            {
                isaIrq = (isaIrq + 1) & 15;
            }
            while ((HvmloaderConfig.PciIsaIrqMask & (1u << (int)isaIrq)) == 0);

            bus.Write8(HvmloaderConfig.PciIsaDevfn, HvmloaderConfig.PirqRouteControl + (int)link, (byte)isaIrq);
            hvm.Printf("PCI-ISA link %u routed to IRQ%u\n", link, isaIrq);
        }
    }
}
