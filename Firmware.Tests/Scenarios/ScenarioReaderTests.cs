using FirmwareGuard.Firmware.Platform;
using FirmwareGuard.Firmware.Scenarios;
using Xunit;
using static FirmwareGuard.Firmware.Tests.Scenarios.TestScenarios;

namespace FirmwareGuard.Firmware.Tests.Scenarios;

public sealed class ScenarioReaderTests
{
    private const string Bars = """[{ "index": 0, "type": "mem32", "size": "16MiB" }, { "index": 1, "type": "mem64", "prefetchable": true, "size": "0x10000000" }, { "index": 3, "type": "io", "size": 32 }]""";

    [Fact]
    public void AFullScenarioIsRead()
    {
        var scenario = ScenarioReader.Read(
            $$"""
            {
              "name": "gpu-vm", "guest": "hvm", "memoryMiB": 6144, "deviceModel": "qemu-traditional", "toolstack": "xend",
              "allowMemoryRelocate": "0", "cpuPhysAddrBits": 40, "platformDevices": false,
              "devices": [ { "bdf": "00:05.0", "name": "GPU", "vendor": "0x10de", "device": 4543, "class": "0x0300", "bars": {{Bars}}, "rom": "512KiB" } ]
            }
            """,
            "file");

        Assert.Equal("gpu-vm", scenario.Name);
        Assert.Equal(GuestType.Hvm, scenario.Guest);
        Assert.Equal(6144, scenario.MemoryMiB);
        Assert.Equal(DeviceModel.QemuTraditional, scenario.DeviceModel);
        Assert.Equal(Toolstack.Xend, scenario.Toolstack);
        Assert.Equal("0", scenario.AllowMemoryRelocate);
        Assert.Equal(40, scenario.CpuPhysAddrBits);
        Assert.False(scenario.PlatformDevices);
        var device = Assert.Single(scenario.Devices);
        Assert.Equal(new Bdf(0, 5, 0), device.Bdf);
        Assert.Equal(("GPU", (ushort)0x10de, (ushort)0x11bf, (ushort)0x0300, 512 * KiB), (device.Name, device.Vendor, device.Device, device.ClassCode, device.RomSize));
        Assert.Equal([Mem32(0, 16 * MiB), Mem64(1, 256 * MiB, prefetchable: true), Io(3, 32)], device.Bars);
        Assert.False(device.Critical);
    }

    [Fact]
    public void OmittedFieldsTakeTheirDefaults()
    {
        var scenario = ScenarioReader.Read("""{ "memoryMiB": 2048 }""", "from-file-name");

        Assert.Equal(new Scenario("from-file-name", GuestType.Hvm, 2048, DeviceModel.QemuXen, Toolstack.Libxl, null, 36, true, []), scenario with { Devices = [] });
        Assert.Empty(scenario.Devices);
    }

    [Theory]
    [InlineData("\"4GiB\"", 4ul << 30)]
    [InlineData("\"256MiB\"", 256ul << 20)]
    [InlineData("\"64KiB\"", 64ul << 10)]
    [InlineData("\"1TiB\"", 1ul << 40)]
    [InlineData("\"0x10000000\"", 0x10000000ul)]
    [InlineData("\"4096\"", 4096ul)]
    [InlineData("8192", 8192ul)]
    public void SizesAreIntegersOrStrings(string size, ulong bytes)
    {
        var scenario = ScenarioReader.Read($$"""{ "memoryMiB": 2048, "devices": [ { "bdf": "00:05.0", "vendor": 1, "device": 2, "bars": [ { "index": 0, "type": "mem64", "size": {{size}} } ] } ] }""", "x");

        Assert.Equal(bytes, scenario.Devices[0].Bars[0].Size);
    }

    [Theory]
    [InlineData("""{ "memoryMiB": 2048, "colour": "blue" }""", "colour: unknown field (known here: name, guest, memoryMiB, deviceModel, toolstack, allowMemoryRelocate, cpuPhysAddrBits, platformDevices, devices)")]
    [InlineData("""{ "memoryMiB": 2048, "devices": [ { "bdf": "00:05.0", "vendor": 1, "device": 2, "irq": 5 } ] }""", "devices[0].irq: unknown field (known here: bdf, name, vendor, device, class, bars, rom)")]
    [InlineData("""{ "memoryMiB": 2048, "devices": [ { "bdf": "00:05.0", "vendor": 1, "device": 2, "bars": [ { "index": 0, "type": "io", "size": 4, "bits": 16 } ] } ] }""", "devices[0].bars[0].bits: unknown field (known here: index, type, prefetchable, size)")]
    public void AnUnknownFieldIsRejected(string json, string message)
    {
        Assert.Equal(message, Reject(json));
    }

    [Theory]
    [InlineData("""[]""", "the scenario: expected an object, got an array")]
    [InlineData("""{ "memoryMiB": "2048" }""", "memoryMiB: expected an integer, got a string")]
    [InlineData("""{ "memoryMiB": 2048.5 }""", "memoryMiB: expected an integer, got 2048.5")]
    [InlineData("""{ "memoryMiB": 2048, "name": 7 }""", "name: expected a string, got a number")]
    [InlineData("""{ "memoryMiB": 2048, "platformDevices": 1 }""", "platformDevices: expected true or false, got a number")]
    [InlineData("""{ "memoryMiB": 2048, "devices": {} }""", "devices: expected an array, got an object")]
    [InlineData("""{ "memoryMiB": 2048, "devices": [ 5 ] }""", "devices[0]: expected an object, got a number")]
    [InlineData("""{ "memoryMiB": 2048, "devices": [ { "bdf": "00:05.0", "vendor": true, "device": 2 } ] }""", "devices[0].vendor: expected an integer or a hex string such as \"0x10de\", got a boolean")]
    [InlineData("""{ "memoryMiB": 2048, "devices": [ { "bdf": "00:05.0", "vendor": "10de", "device": 2 } ] }""", "devices[0].vendor: \"10de\" is not a 16-bit hex value such as \"0x10de\"")]
    [InlineData("""{ "memoryMiB": 2048, "devices": [ { "bdf": "00:05.0", "vendor": 65536, "device": 2 } ] }""", "devices[0].vendor: 65536 is not in 0..65535")]
    [InlineData("""{ "memoryMiB": 2048, "devices": [ { "bdf": "00:05.0", "vendor": 1, "device": 2, "bars": [ { "index": 0, "type": "mem32", "size": null } ] } ] }""", "devices[0].bars[0].size: expected a size: an integer or a string such as \"256MiB\", got null")]
    [InlineData("""{ "memoryMiB": 2048, "devices": [ { "bdf": "00:05.0", "vendor": 1, "device": 2, "bars": [ { "index": 0, "type": "mem32", "size": "12 MiB" } ] } ] }""", "devices[0].bars[0].size: \"12 MiB\" is not a size (write bytes, \"0x...\", or a number with KiB, MiB, GiB or TiB)")]
    [InlineData("""{ "memoryMiB": 2048, "devices": [ { "bdf": "00:05.0", "vendor": 1, "device": 2, "bars": [ { "index": 0, "type": "mem32", "size": -16 } ] } ] }""", "devices[0].bars[0].size: -16 is not a size in bytes")]
    [InlineData("""{ "memoryMiB": 2048, "devices": [ { "bdf": "00:05.0", "vendor": 1, "device": 2, "bars": [ { "index": 0, "type": "mem32", "size": "16EiB" } ] } ] }""", "devices[0].bars[0].size: \"16EiB\" is not a size (write bytes, \"0x...\", or a number with KiB, MiB, GiB or TiB)")]
    public void AWrongTypeIsRejected(string json, string message)
    {
        Assert.Equal(message, Reject(json));
    }

    [Theory]
    [InlineData("""{ "guest": "hvm" }""", "memoryMiB: required (the guest's RAM in MiB)")]
    [InlineData("""{ "memoryMiB": 127 }""", "memoryMiB: 127 is not in 128..1048576")]
    [InlineData("""{ "memoryMiB": 1048577 }""", "memoryMiB: 1048577 is not in 128..1048576")]
    [InlineData("""{ "memoryMiB": 2048, "name": "" }""", "name: must not be empty")]
    [InlineData("""{ "memoryMiB": 2048, "memoryMiB": 4096 }""", "memoryMiB: given twice")]
    [InlineData("""{ "memoryMiB": 2048, "guest": "kvm" }""", "guest: \"kvm\" is not one of \"hvm\", \"pv\"")]
    [InlineData("""{ "memoryMiB": 2048, "deviceModel": "qemu" }""", "deviceModel: \"qemu\" is not one of \"qemu-xen\", \"qemu-traditional\"")]
    [InlineData("""{ "memoryMiB": 2048, "toolstack": "xm" }""", "toolstack: \"xm\" is not one of \"libxl\", \"xend\", \"other\"")]
    [InlineData("""{ "memoryMiB": 2048, "allowMemoryRelocate": "2" }""", "allowMemoryRelocate: \"2\" is not one of \"0\", \"1\"")]
    [InlineData("""{ "memoryMiB": 2048, "allowMemoryRelocate": 1 }""", "allowMemoryRelocate: expected a string, got a number")]
    [InlineData("""{ "memoryMiB": 2048, "cpuPhysAddrBits": 64 }""", "cpuPhysAddrBits: 64 is not in 32..52")]
    public void ABadSettingIsRejected(string json, string message)
    {
        Assert.Equal(message, Reject(json));
    }

    [Theory]
    [InlineData("""{ "bdf": "00:05.0", "device": 2 }""", "devices[0].vendor: required")]
    [InlineData("""{ "vendor": 1, "device": 2 }""", "devices[0].bdf: required")]
    [InlineData("""{ "bdf": "0:5.0", "vendor": 1, "device": 2 }""", "devices[0].bdf: \"0:5.0\" is not a PCI address like \"00:05.0\"")]
    [InlineData("""{ "bdf": "00:20.0", "vendor": 1, "device": 2 }""", "devices[0].bdf: \"00:20.0\" is not a PCI address like \"00:05.0\"")]
    [InlineData("""{ "bdf": "00:05.8", "vendor": 1, "device": 2 }""", "devices[0].bdf: \"00:05.8\" is not a PCI address like \"00:05.0\"")]
    [InlineData("""{ "bdf": "01:00.0", "vendor": 1, "device": 2 }""", "devices[0].bdf: 01:00.0 is on bus 01, but hvmloader scans bus 00 only")]
    [InlineData("""{ "bdf": "00:02.0", "vendor": 1, "device": 2 }""", "devices[0].bdf: 00:02.0 is already the platform's Cirrus VGA")]
    [InlineData("""{ "bdf": "00:05.0", "vendor": "0xffff", "device": "0xffff" }""", "devices[0].vendor: vendor and device 0xffff mean an empty slot to hvmloader")]
    public void ABadDeviceIsRejected(string device, string message)
    {
        Assert.Equal(message, Reject($$"""{ "memoryMiB": 2048, "devices": [ {{device}} ] }"""));
    }

    [Fact]
    public void TwoDevicesOnOneAddressAreRejected()
    {
        var json = """{ "memoryMiB": 2048, "devices": [ { "bdf": "00:05.0", "vendor": 1, "device": 2 }, { "bdf": "00:05.0", "vendor": 1, "device": 3 } ] }""";

        Assert.Equal("devices[1].bdf: 00:05.0 is already devices[0]", Reject(json));
    }

    [Fact]
    public void WithoutPlatformDevicesTheirAddressesAreFree()
    {
        var scenario = ScenarioReader.Read("""{ "memoryMiB": 2048, "platformDevices": false, "devices": [ { "bdf": "00:02.0", "vendor": 1, "device": 2 } ] }""", "x");

        Assert.Equal(new Bdf(0, 2, 0), scenario.Devices[0].Bdf);
    }

    [Theory]
    [InlineData("""{ "index": 6, "type": "mem32", "size": 16 }""", "devices[0].bars[0].index: 6 is not in 0..5")]
    [InlineData("""{ "type": "mem32", "size": 16 }""", "devices[0].bars[0].index: required")]
    [InlineData("""{ "index": 0, "type": "mem16", "size": 16 }""", "devices[0].bars[0].type: \"mem16\" is not one of \"mem32\", \"mem64\", \"io\"")]
    [InlineData("""{ "index": 0, "type": "mem32" }""", "devices[0].bars[0].size: required")]
    [InlineData("""{ "index": 0, "type": "mem32", "size": "0x3000" }""", "devices[0].bars[0].size: 0x3000 is not a power of two, as the size of a 32-bit memory BAR must be")]
    [InlineData("""{ "index": 0, "type": "mem32", "size": 0 }""", "devices[0].bars[0].size: 0x0 is not a power of two, as the size of a 32-bit memory BAR must be")]
    [InlineData("""{ "index": 0, "type": "mem32", "size": 8 }""", "devices[0].bars[0].size: 8 bytes is below the minimum of 16 bytes for a 32-bit memory BAR")]
    [InlineData("""{ "index": 0, "type": "mem64", "size": 8 }""", "devices[0].bars[0].size: 8 bytes is below the minimum of 16 bytes for a 64-bit memory BAR")]
    [InlineData("""{ "index": 0, "type": "io", "size": 2 }""", "devices[0].bars[0].size: 2 bytes is below the minimum of 4 bytes for an I/O BAR")]
    [InlineData("""{ "index": 0, "type": "mem32", "size": "8GiB" }""", "devices[0].bars[0].size: 8 GiB is above the maximum of 4 GiB for a 32-bit memory BAR")]
    [InlineData("""{ "index": 0, "type": "io", "size": 512 }""", "devices[0].bars[0].size: 512 bytes is above the maximum of 256 bytes for an I/O BAR")]
    [InlineData("""{ "index": 0, "type": "io", "prefetchable": true, "size": 16 }""", "devices[0].bars[0].prefetchable: an I/O BAR cannot be prefetchable")]
    [InlineData("""{ "index": 5, "type": "mem64", "size": 16 }""", "devices[0].bars[0].index: a 64-bit BAR needs the next register for its upper half, and BAR 5 is the last")]
    public void ABadBarIsRejected(string bar, string message)
    {
        Assert.Equal(message, Reject($$"""{ "memoryMiB": 2048, "devices": [ { "bdf": "00:05.0", "vendor": 1, "device": 2, "bars": [ {{bar}} ] } ] }"""));
    }

    [Theory]
    [InlineData("""{ "index": 1, "type": "mem32", "size": 16 }, { "index": 1, "type": "io", "size": 16 }""", "devices[0].bars[1].index: BAR 1 is already devices[0].bars[0]")]
    [InlineData("""{ "index": 1, "type": "mem64", "size": 16 }, { "index": 2, "type": "io", "size": 16 }""", "devices[0].bars[1].index: BAR 2 is already the upper half of the 64-bit BAR devices[0].bars[0]")]
    [InlineData("""{ "index": 2, "type": "io", "size": 16 }, { "index": 1, "type": "mem64", "size": 16 }""", "devices[0].bars[1].index: BAR 2 is already devices[0].bars[0]")]
    public void OverlappingBarsAreRejected(string bars, string message)
    {
        Assert.Equal(message, Reject($$"""{ "memoryMiB": 2048, "devices": [ { "bdf": "00:05.0", "vendor": 1, "device": 2, "bars": [ {{bars}} ] } ] }"""));
    }

    [Theory]
    [InlineData("\"1KiB\"", "devices[0].rom: 1 KiB is below the minimum of 2 KiB for a ROM")]
    [InlineData("\"0x1800\"", "devices[0].rom: 0x1800 is not a power of two, as the size of a ROM must be")]
    [InlineData("\"8GiB\"", "devices[0].rom: 8 GiB is above the maximum of 4 GiB for a ROM")]
    public void ABadRomIsRejected(string rom, string message)
    {
        Assert.Equal(message, Reject($$"""{ "memoryMiB": 2048, "devices": [ { "bdf": "00:05.0", "vendor": 1, "device": 2, "rom": {{rom}} } ] }"""));
    }

    [Theory]
    [InlineData("{\n  \"memoryMiB\": 2048,\n  \"x\" 3\n}", "line 3, column 7: not valid JSON: ")]
    [InlineData("""{ "name": "émigré", "memoryMiB" 2 }""", "line 1, column 33: not valid JSON: ")]
    [InlineData("""{ "memoryMiB": 2048, """, "line 1, column 22: not valid JSON: ")]
    public void InvalidJsonIsRejectedAtItsOneBasedLineAndColumn(string json, string start)
    {
        var message = Reject(json);

        Assert.StartsWith(start, message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "memoryMiB": 1e30 }""", "memoryMiB: 1e30 is too large: must be an integer below 1048577")]
    [InlineData("""{ "memoryMiB": 2048, "cpuPhysAddrBits": 4e100 }""", "cpuPhysAddrBits: 4e100 is too large: must be an integer below 53")]
    [InlineData("""{ "memoryMiB": 2048, "devices": [ { "bdf": "00:05.0", "vendor": 1, "device": 2, "bars": [ { "index": 0, "type": "mem64", "size": 1e30 } ] } ] }""", "devices[0].bars[0].size: 1e30 is too large: must be an integer below 2^64")]
    [InlineData("""{ "memoryMiB": 2048, "devices": [ { "bdf": "00:05.0", "vendor": 1, "device": 2, "bars": [ { "index": 0, "type": "mem64", "size": 18446744073709551616 } ] } ] }""", "devices[0].bars[0].size: 18446744073709551616 is too large: must be an integer below 2^64")]
    public void ANumberTooLargeForAnyFieldIsQuotedAsWritten(string json, string message)
    {
        Assert.Equal(message, Reject(json));
    }

    [Theory]
    [InlineData("""{ "memoryMiB": 8192, "cpuPhysAddrBits": 32 }""", "memoryMiB: 8192 MiB of RAM, laid out around the MMIO hole below 4 GiB, ends at 0x210000000, beyond the 4 GiB a CPU with cpuPhysAddrBits 32 can address")]
    [InlineData("""{ "memoryMiB": 1048576 }""", "memoryMiB: 1048576 MiB of RAM, laid out around the MMIO hole below 4 GiB, ends at 0x10010000000, beyond the 64 GiB a CPU with cpuPhysAddrBits 36 can address")]
    [InlineData("""{ "memoryMiB": 3841, "cpuPhysAddrBits": 32 }""", "memoryMiB: 3841 MiB of RAM, laid out around the MMIO hole below 4 GiB, ends at 0x100100000, beyond the 4 GiB a CPU with cpuPhysAddrBits 32 can address")]
    [InlineData("""{ "memoryMiB": 8192, "cpuPhysAddrBits": 32, "guest": "pv" }""", "memoryMiB: 8192 MiB of RAM ends at 0x200000000, beyond the 4 GiB a CPU with cpuPhysAddrBits 32 can address")]
    public void RamTheCpuCannotAddressIsRejected(string json, string message)
    {
        Assert.Equal(message, Reject(json));
    }

    [Theory]
    [InlineData(3840, 32)]
    [InlineData(65280, 36)]
    [InlineData(1048576, 41)]
    public void RamThatEndsWithinTheCpusReachIsAccepted(int memoryMiB, int bits)
    {
        var scenario = ScenarioReader.Read($$"""{ "memoryMiB": {{memoryMiB}}, "cpuPhysAddrBits": {{bits}} }""", "x");

        Assert.Equal((memoryMiB, bits), (scenario.MemoryMiB, scenario.CpuPhysAddrBits));
    }

    private static string Reject(string json) => Assert.Throws<ScenarioError>(() => ScenarioReader.Read(json, "x")).Message;
}
