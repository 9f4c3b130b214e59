using System.Collections.Generic;
using System.Linq;

namespace FirmwareGuard.Firmware.Platform;

/// <summary>
/// Configuration space of bus 0, addressed by devfn, as hvmloader's pci_read*/pci_write* see it.
/// An empty slot reads all ones (vendor and device 0xffff) and ignores writes.
/// </summary>
public sealed class PciBus
{
    private readonly Dictionary<int, PciFunction> functions;

    public PciBus(IEnumerable<PciDeviceSpec> devices)
    {
        functions = devices.ToDictionary(device => (int)device.Bdf.Devfn, device => new PciFunction(device));
    }

    public PciFunction? At(int devfn) => functions.GetValueOrDefault(devfn);

    public byte Read8(int devfn, int register) => (byte)Read32(devfn, register);

    public ushort Read16(int devfn, int register) => (ushort)Read32(devfn, register);

    public uint Read32(int devfn, int register) => At(devfn)?.Read32(register) ?? uint.MaxValue;

    public void Write8(int devfn, int register, byte value) => At(devfn)?.Write(register, 1, value);

    public void Write16(int devfn, int register, ushort value) => At(devfn)?.Write(register, 2, value);

    public void Write32(int devfn, int register, uint value) => At(devfn)?.Write(register, 4, value);
}
