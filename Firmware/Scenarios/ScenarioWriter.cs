using System.IO;
using System.Text.Json;
using FirmwareGuard.Firmware.Platform;
using FirmwareGuard.Firmware.Reports;

namespace FirmwareGuard.Firmware.Scenarios;

/// <summary>
/// Writes a scenario as the JSON file <see cref="ScenarioReader"/> reads, every field spelled out, so a
/// built-in scenario can be the start of one's own.
/// </summary>
public static class ScenarioWriter
{
    public static void Write(TextWriter output, Scenario scenario) => JsonText.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("name", scenario.Name);
            json.WriteString("guest", Names.Of(scenario.Guest));
            json.WriteNumber("memoryMiB", scenario.MemoryMiB);
            json.WriteString("deviceModel", Names.Of(scenario.DeviceModel));
            json.WriteString("toolstack", Names.Of(scenario.Toolstack));
            if (scenario.AllowMemoryRelocate is { } allow)
            {
                json.WriteString("allowMemoryRelocate", allow);
            }

            json.WriteNumber("cpuPhysAddrBits", scenario.CpuPhysAddrBits);
            json.WriteBoolean("platformDevices", scenario.PlatformDevices);
            json.WriteStartArray("devices");
            foreach (var device in scenario.Devices)
            {
                Device(json, device);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void Device(Utf8JsonWriter json, PciDeviceSpec device)
    {
        json.WriteStartObject();
        json.WriteString("bdf", device.Bdf.ToString());
        json.WriteString("name", device.Name);
        json.WriteString("vendor", $"0x{device.Vendor:x4}");
        json.WriteString("device", $"0x{device.Device:x4}");
        json.WriteString("class", $"0x{device.ClassCode:x4}");
        json.WriteStartArray("bars");
        foreach (var bar in device.Bars)
        {
            json.WriteStartObject();
            json.WriteNumber("index", bar.Index);
            json.WriteString("type", Names.Of(bar.Type));
            if (bar.Type != BarType.Io)
            {
                json.WriteBoolean("prefetchable", bar.Prefetchable);
            }

            json.WriteString("size", Sizes.Text(bar.Size));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (device.RomSize is { } rom)
        {
            json.WriteString("rom", Sizes.Text(rom));
        }

        json.WriteEndObject();
    }
}
