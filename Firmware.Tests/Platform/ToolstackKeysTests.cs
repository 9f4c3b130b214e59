using FirmwareGuard.Firmware.Platform;
using Xunit;

namespace FirmwareGuard.Firmware.Tests.Platform;

/// <summary>Patch 8/8's libxl side: "1" for qemu-traditional, "0" for qemu-xen; other toolstacks write nothing.</summary>
public sealed class ToolstackKeysTests
{
    [Theory]
    [InlineData(Toolstack.Libxl, DeviceModel.QemuXen, "0")]
    [InlineData(Toolstack.Libxl, DeviceModel.QemuTraditional, "1")]
    [InlineData(Toolstack.Xend, DeviceModel.QemuTraditional, null)]
    [InlineData(Toolstack.Other, DeviceModel.QemuXen, null)]
    public void OnlyLibxlWritesAllowMemoryRelocate(Toolstack toolstack, DeviceModel model, string? value)
    {
        var xenstore = new Xenstore();

        ToolstackKeys.Write(toolstack, model, xenstore);

        Assert.Equal(value, xenstore.Read("hvmloader/allow-memory-relocate"));
    }
}
