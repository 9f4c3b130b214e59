namespace FirmwareGuard.Firmware.Hvmloader;

/// <summary>hvmloader's virtual_vga: which VGA the scan found first.</summary>
internal enum VirtualVga
{
    None,
    Std,
    Cirrus,
    Passthrough,
}
