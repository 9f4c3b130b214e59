namespace FirmwareGuard.Firmware.Hvmloader;

/// <summary>pci_setup's struct resource: the next free address of a window, and its end.</summary>
internal sealed class Resource(ulong @base, ulong max)
{
    public ulong Base { get; set; } = @base;

    public ulong Max { get; set; } = max;
}
