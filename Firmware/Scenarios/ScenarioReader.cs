using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using FirmwareGuard.Firmware.Platform;

namespace FirmwareGuard.Firmware.Scenarios;

/// <summary>
/// Reads a scenario from JSON, rejecting anything hvmloader could not be given: text that is not JSON
/// (said with its line and column), unknown fields, wrong types, RAM outside 128 MiB..1 TiB or beyond
/// what the CPU can address, a device off bus 0 or on an occupied address, and BARs that no device could
/// have. Every error names the field.
/// </summary>
public static class ScenarioReader
{
    public const int MinimumMemoryMiB = 128;
    public const int MaximumMemoryMiB = 1048576;

    /// <summary>CPUID 0x80000008 reports 32..52 physical address bits on x86-64.</summary>
    public const int MinimumPhysAddrBits = 32;
    public const int MaximumPhysAddrBits = 52;

    private const ulong MinimumMemoryBar = 16;
    private const ulong MinimumIoBar = 4;
    private const ulong MaximumIoBar = 256;
    private const ulong MinimumRom = 2048;
    private const ulong MaximumBar32 = 1ul << 32;

    private static readonly Dictionary<string, GuestType> Guests = new() { ["hvm"] = GuestType.Hvm, ["pv"] = GuestType.Pv };

    private static readonly Dictionary<string, DeviceModel> DeviceModels = new()
    {
        ["qemu-xen"] = DeviceModel.QemuXen,
        ["qemu-traditional"] = DeviceModel.QemuTraditional,
    };

    private static readonly Dictionary<string, Toolstack> Toolstacks = new()
    {
        ["libxl"] = Toolstack.Libxl,
        ["xend"] = Toolstack.Xend,
        ["other"] = Toolstack.Other,
    };

    private static readonly Dictionary<string, BarType> BarTypes = new()
    {
        ["mem32"] = BarType.Mem32,
        ["mem64"] = BarType.Mem64,
        ["io"] = BarType.Io,
    };

    private static readonly Dictionary<string, string> AllowMemoryRelocateValues = new() { ["0"] = "0", ["1"] = "1" };

    /// <summary>The scenario in <paramref name="json"/>; <paramref name="defaultName"/> when it has no name.</summary>
    public static Scenario Read(string json, string defaultName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException error)
        {
            throw new ScenarioError(SyntaxError(json, error));
        }

        using (document)
        {
            return Read(new JsonField(document.RootElement, string.Empty), defaultName);
        }
    }

    private static Scenario Read(JsonField root, string defaultName)
    {
        var fields = root.Object("name", "guest", "memoryMiB", "deviceModel", "toolstack", "allowMemoryRelocate", "cpuPhysAddrBits", "platformDevices", "devices");
        var name = fields.TryGetValue("name", out var nameField) ? nameField.String() : defaultName;
        if (name.Length == 0)
        {
            throw new ScenarioError("name: must not be empty");
        }

        if (!fields.TryGetValue("memoryMiB", out var memory))
        {
            throw new ScenarioError("memoryMiB: required (the guest's RAM in MiB)");
        }

        var platformDevices = !fields.TryGetValue("platformDevices", out var platform) || platform.Boolean();
        var devices = fields.TryGetValue("devices", out var list) ? Devices(list, platformDevices) : [];
        var memoryMiB = (int)memory.Integer(MinimumMemoryMiB, MaximumMemoryMiB);
        var physAddrBits = fields.TryGetValue("cpuPhysAddrBits", out var bits) ? (int)bits.Integer(MinimumPhysAddrBits, MaximumPhysAddrBits) : Scenario.DefaultCpuPhysAddrBits;

        var scenario = new Scenario(
            name,
            fields.TryGetValue("guest", out var guest) ? guest.Choice(Guests) : GuestType.Hvm,
            memoryMiB,
            fields.TryGetValue("deviceModel", out var model) ? model.Choice(DeviceModels) : DeviceModel.QemuXen,
            fields.TryGetValue("toolstack", out var toolstack) ? toolstack.Choice(Toolstacks) : Toolstack.Libxl,
            fields.TryGetValue("allowMemoryRelocate", out var allow) ? allow.Choice(AllowMemoryRelocateValues) : null,
            physAddrBits,
            platformDevices,
            devices);
        CheckAddressable(scenario);
        return scenario;
    }

    /// <summary>
    /// Rejects RAM the CPU cannot address: an HVM guest's RAM, laid out around the MMIO hole below 4 GiB,
    /// must end at or below 2^cpuPhysAddrBits (so 8 GiB cannot have 32 bits, nor 1 TiB 36).
    /// </summary>
    private static void CheckAddressable(Scenario scenario)
    {
        var end = scenario.Guest == GuestType.Hvm ? DomainBuilder.RamEnd(scenario.MemoryBytes) : scenario.MemoryBytes;
        var reach = 1ul << scenario.CpuPhysAddrBits;
        if (end > reach)
        {
            var layout = scenario.Guest == GuestType.Hvm ? ", laid out around the MMIO hole below 4 GiB," : string.Empty;
            throw new ScenarioError(
                $"memoryMiB: {scenario.MemoryMiB} MiB of RAM{layout} ends at 0x{end:x}, beyond the {Sizes.Describe(reach)} "
                + $"a CPU with cpuPhysAddrBits {scenario.CpuPhysAddrBits} can address");
        }
    }

    /// <summary>A JSON syntax error in words, at its 1-based line and column.</summary>
    private static string SyntaxError(string json, JsonException error)
    {
        // The parser's message ends with its own 0-based position ("LineNumber: 2 | BytePositionInLine: 5.").
        var problem = error.Message.Split(" LineNumber:")[0].Trim();
        if (error.LineNumber is not { } line || error.BytePositionInLine is not { } bytes)
        {
            return $"not valid JSON: {problem}";
        }

        var lineBytes = Encoding.UTF8.GetBytes(json.Split('\n').ElementAtOrDefault((int)line) ?? string.Empty);
        var column = Encoding.UTF8.GetCharCount(lineBytes, 0, (int)Math.Min(bytes, lineBytes.Length)) + 1;
        return $"line {line + 1}, column {column}: not valid JSON: {problem}";
    }

    private static List<PciDeviceSpec> Devices(JsonField list, bool platformDevices)
    {
        var devices = new List<PciDeviceSpec>();
        var taken = platformDevices
            ? PlatformDevices.All.ToDictionary(device => device.Bdf, device => $"the platform's {device.Name}")
            : [];
        foreach (var item in list.Items())
        {
            var device = Device(item);
            if (taken.TryGetValue(device.Bdf, out var holder))
            {
                throw new ScenarioError($"{item.Path}.bdf: {device.Bdf} is already {holder}");
            }

            taken[device.Bdf] = item.Path;
            devices.Add(device);
        }

        return devices;
    }

    private static PciDeviceSpec Device(JsonField item)
    {
        var fields = item.Object("bdf", "name", "vendor", "device", "class", "bars", "rom");
        var bdf = Bdf(fields, item.Path);
        var vendor = Required(fields, "vendor", item.Path).Identifier();
        var device = Required(fields, "device", item.Path).Identifier();
        if (vendor == 0xffff && device == 0xffff)
        {
            throw new ScenarioError($"{item.Path}.vendor: vendor and device 0xffff mean an empty slot to hvmloader");
        }

        var bars = fields.TryGetValue("bars", out var barList) ? Bars(barList) : [];
        ulong? rom = null;
        if (fields.TryGetValue("rom", out var romField))
        {
            rom = romField.Size();
            CheckSize(romField, rom.Value, MinimumRom, MaximumBar32, "a ROM");
        }

        return new PciDeviceSpec(
            bdf,
            fields.TryGetValue("name", out var name) ? name.String() : $"device {bdf}",
            vendor,
            device,
            fields.TryGetValue("class", out var classCode) ? classCode.Identifier() : (ushort)0,
            InterruptPin: 1,
            bars,
            rom,
            Critical: false);
    }

    private static Bdf Bdf(IReadOnlyDictionary<string, JsonField> fields, string path)
    {
        var field = Required(fields, "bdf", path);
        var text = field.String();
        var bdf = Platform.Bdf.Parse(text) ?? throw new ScenarioError($"{field.Path}: \"{text}\" is not a PCI address like \"00:05.0\"");
        return bdf.Bus == 0
            ? bdf
            : throw new ScenarioError($"{field.Path}: {bdf} is on bus {bdf.Bus:x2}, but hvmloader scans bus 00 only");
    }

    private static List<BarSpec> Bars(JsonField list)
    {
        var bars = new List<BarSpec>();
        var used = new Dictionary<int, string>();
        foreach (var item in list.Items())
        {
            var fields = item.Object("index", "type", "prefetchable", "size");
            var indexField = Required(fields, "index", item.Path);
            var index = (int)indexField.Integer(0, 5);
            var typeField = Required(fields, "type", item.Path);
            var type = typeField.Choice(BarTypes);
            var prefetchable = fields.TryGetValue("prefetchable", out var prefetch) && prefetch.Boolean();
            var sizeField = Required(fields, "size", item.Path);
            var size = sizeField.Size();

            if (prefetchable && type == BarType.Io)
            {
                throw new ScenarioError($"{prefetch.Path}: an I/O BAR cannot be prefetchable");
            }

            switch (type)
            {
                case BarType.Io:
                    CheckSize(sizeField, size, MinimumIoBar, MaximumIoBar, "an I/O BAR");
                    break;
                case BarType.Mem32:
                    CheckSize(sizeField, size, MinimumMemoryBar, MaximumBar32, "a 32-bit memory BAR");
                    break;
                default:
                    CheckSize(sizeField, size, MinimumMemoryBar, ulong.MaxValue, "a 64-bit memory BAR");
                    if (index == 5)
                    {
                        throw new ScenarioError($"{indexField.Path}: a 64-bit BAR needs the next register for its upper half, and BAR 5 is the last");
                    }

                    break;
            }

            Claim(used, index, indexField.Path, $"{item.Path}");
            if (type == BarType.Mem64)
            {
                Claim(used, index + 1, indexField.Path, $"the upper half of the 64-bit BAR {item.Path}");
            }

            bars.Add(new BarSpec(index, type, prefetchable, size));
        }

        return bars;
    }

    private static void Claim(Dictionary<int, string> used, int index, string path, string claimant)
    {
        if (used.TryGetValue(index, out var holder))
        {
            throw new ScenarioError($"{path}: BAR {index} is already {holder}");
        }

        used[index] = claimant;
    }

    private static void CheckSize(JsonField field, ulong size, ulong minimum, ulong maximum, string what)
    {
        if (size == 0 || (size & (size - 1)) != 0)
        {
            throw new ScenarioError($"{field.Path}: 0x{size:x} is not a power of two, as the size of {what} must be");
        }

        if (size < minimum)
        {
            throw new ScenarioError($"{field.Path}: {Sizes.Describe(size)} is below the minimum of {Sizes.Describe(minimum)} for {what}");
        }

        if (size > maximum)
        {
            throw new ScenarioError($"{field.Path}: {Sizes.Describe(size)} is above the maximum of {Sizes.Describe(maximum)} for {what}");
        }
    }

    private static JsonField Required(IReadOnlyDictionary<string, JsonField> fields, string name, string path) =>
        fields.TryGetValue(name, out var field) ? field : throw new ScenarioError($"{path}.{name}: required");
}
