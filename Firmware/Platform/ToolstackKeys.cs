namespace FirmwareGuard.Firmware.Platform;

/// <summary>The xenstore keys a toolstack writes for hvmloader (tools/libxl/libxl_dm.c after patch 8/8).</summary>
public static class ToolstackKeys
{
    /// <summary>
    /// libxl writes allow-memory-relocate as "%d" of (device model == qemu-traditional): "1" for
    /// qemu-traditional, "0" for qemu-xen. xend and other toolstacks write nothing.
    /// </summary>
    public static void Write(Toolstack toolstack, DeviceModel deviceModel, Xenstore xenstore)
    {
        if (toolstack == Toolstack.Libxl)
        {
            xenstore.Write(Xenstore.AllowMemoryRelocate, deviceModel == DeviceModel.QemuTraditional ? "1" : "0");
        }
    }
}
