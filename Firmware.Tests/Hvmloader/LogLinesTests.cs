using FirmwareGuard.Firmware.Hvmloader;
using FirmwareGuard.Firmware.Scenarios;
using FirmwareGuard.Firmware.Simulation;
using Xunit;

namespace FirmwareGuard.Firmware.Tests.Hvmloader;

/// <summary>
/// The whole HVM log of the default scenario (6 GiB, qemu-xen via libxl, GPU at 00:05.0 with a 16 MiB
/// 32-bit BAR, a 256 MiB 64-bit prefetchable BAR and a 512 KiB ROM), computed by hand from
/// hvmloader's code at c74c1f906a. Links route to IRQ 5, 10, 11, 5; INTA of slot s uses link s mod 4 + 0.
/// </summary>
public sealed class LogLinesTests
{
    private static readonly string[] Interrupts =
    [
        "PCI-ISA link 0 routed to IRQ5",
        "PCI-ISA link 1 routed to IRQ10",
        "PCI-ISA link 2 routed to IRQ11",
        "PCI-ISA link 3 routed to IRQ5",
        "pci dev 01:3 INTA->IRQ10",
        "pci dev 03:0 INTA->IRQ5",
        "pci dev 04:0 INTA->IRQ5",
        "pci dev 05:0 INTA->IRQ10",
    ];

    /// <summary>
    /// Before: the hole grows to 0xE0000000 without a word; every BAR line passes the 64-bit size
    /// through "%llx", which prints "lx", so "%08x" prints the size's lower half instead of the BAR.
    /// </summary>
    [Fact]
    public void BeforeTheBarLinesAreGarbled()
    {
        var log = Simulator.Run(BuiltInScenarios.Default.Scenario, HvmloaderVersion.Before).Log;

        Assert.Equal(
            [
                .. Interrupts,
                "pci dev 05:0 bar 14 size lx: 10000000",
                "pci dev 02:0 bar 10 size lx: 02000000",
                "pci dev 03:0 bar 14 size lx: 01000000",
                "pci dev 05:0 bar 10 size lx: 01000000",
                "pci dev 05:0 bar 30 size lx: 00080000",
                "pci dev 04:0 bar 30 size lx: 00040000",
                "pci dev 02:0 bar 14 size lx: 00001000",
                "pci dev 03:0 bar 10 size lx: 00000100",
                "pci dev 04:0 bar 10 size lx: 00000100",
                "pci dev 04:0 bar 14 size lx: 00000100",
                "pci dev 01:1 bar 20 size lx: 00000010",
            ],
            log);
    }

    /// <summary>
    /// After: relocation refused (libxl, qemu-xen), the 78-character "Low MMIO hole" message and the
    /// console's extra empty line, the high base, and BAR lines with PRIllx sizes and "%x%08x" bases
    /// including the flag bits: the GPU's 64-bit BAR at 0x190000000 prints as 19000000c.
    /// </summary>
    [Fact]
    public void AfterTheBarLinesPrintBothHalves()
    {
        var log = Simulator.Run(BuiltInScenarios.Default.Scenario, HvmloaderVersion.After).Log;

        Assert.Equal(
            [
                "Relocating guest memory for lowmem MMIO space disabled",
                .. Interrupts,
                "Low MMIO hole not large enough for all devices, relocating some BARs to 64-bit",
                "",
                "RAM in high memory; setting high_mem resource base to 190000000",
                "pci dev 05:0 bar 14 size 010000000: 19000000c",
                "pci dev 02:0 bar 10 size 002000000: 0f0000008",
                "pci dev 03:0 bar 14 size 001000000: 0f2000008",
                "pci dev 05:0 bar 10 size 001000000: 0f3000000",
                "pci dev 05:0 bar 30 size 000080000: 0f4000000",
                "pci dev 04:0 bar 30 size 000040000: 0f4080000",
                "pci dev 02:0 bar 14 size 000001000: 0f40c0000",
                "pci dev 03:0 bar 10 size 000000100: 00000c001",
                "pci dev 04:0 bar 10 size 000000100: 00000c101",
                "pci dev 04:0 bar 14 size 000000100: 0f40c1000",
                "pci dev 01:1 bar 20 size 000000010: 00000c201",
            ],
            log);
    }

    [Fact]
    public void BeforeANoSpaceLineIsGarbledToo()
    {
        var log = Simulator.Run(BuiltInScenarios.Find("qemu-xen-32bit-too-big")!.Scenario, HvmloaderVersion.After).Log;
        var before = Simulator.Run(BuiltInScenarios.Find("qemu-trad-over-2GiB")!.Scenario, HvmloaderVersion.Before).Log;

        Assert.Contains("pci dev 02:0 bar 10 size 002000000: no space for resource!", log);
        Assert.Contains("pci dev 02:0 bar 10 size lx: no space for resource!", before);
    }
}
