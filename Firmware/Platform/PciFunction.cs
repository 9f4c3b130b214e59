using System;
using System.Buffers.Binary;
using System.Collections.Generic;

namespace FirmwareGuard.Firmware.Platform;

/// <summary>
/// The 256-byte configuration space of one emulated PCI function. Identity, class, header type and
/// interrupt pin are read-only; the BARs (0x10..0x24) and the ROM BAR (0x30) are
/// <see cref="BarRegister"/>s answering the sizing protocol; every other byte reads back what was written.
/// </summary>
public sealed class PciFunction
{
    private const int Size = 256;

    private readonly byte[] bytes = new byte[Size];
    private readonly Dictionary<int, BarRegister> bars = [];

    public PciFunction(PciDeviceSpec spec)
    {
        Spec = spec;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(PciConfig.VendorId), spec.Vendor);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(PciConfig.DeviceId), spec.Device);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(PciConfig.ClassDevice), spec.ClassCode);
        bytes[PciConfig.InterruptPin] = spec.InterruptPin;

        foreach (var bar in spec.Bars)
        {
            var register = PciConfig.BarRegisterOf(bar.Index);
            switch (bar.Type)
            {
                case BarType.Mem32:
                    bars[register] = BarRegister.Memory32(bar.Size, bar.Prefetchable);
                    break;
                case BarType.Mem64:
                    bars[register] = BarRegister.Memory64Lower(bar.Size, bar.Prefetchable);
                    bars[register + 4] = BarRegister.Memory64Upper(bar.Size);
                    break;
                case BarType.Io:
                    bars[register] = BarRegister.IoPorts(bar.Size);
                    break;
            }
        }

        if (spec.RomSize is { } romSize)
        {
            bars[PciConfig.RomAddress] = BarRegister.Rom(romSize);
        }
    }

    public PciDeviceSpec Spec { get; }

    public uint Read32(int register)
    {
        var aligned = register & ~3;
        if (IsBar(aligned))
        {
            return bars.GetValueOrDefault(aligned, BarRegister.Unimplemented).Read() >> (8 * (register & 3));
        }

        return BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(aligned)) >> (8 * (register & 3));
    }

    /// <summary>Writes the low <paramref name="width"/> bytes of <paramref name="value"/> at <paramref name="register"/>.</summary>
    public void Write(int register, int width, uint value)
    {
        var aligned = register & ~3;
        if (IsBar(aligned))
        {
            var bar = bars.GetValueOrDefault(aligned, BarRegister.Unimplemented);
            var shift = 8 * (register & 3);
            var mask = (width == 4 ? uint.MaxValue : (1u << (8 * width)) - 1) << shift;
            bar.Write((bar.Read() & ~mask) | ((value << shift) & mask));
            return;
        }

        for (var i = 0; i < width; i++)
        {
            if (!IsReadOnly(register + i))
            {
                bytes[register + i] = (byte)(value >> (8 * i));
            }
        }
    }

    private static bool IsBar(int aligned) =>
        aligned is >= PciConfig.BaseAddress0 and <= PciConfig.BaseAddress5 or PciConfig.RomAddress;

    /// <summary>Vendor, device, revision, class, header type and interrupt pin.</summary>
    private static bool IsReadOnly(int offset) =>
        offset is < PciConfig.Command or (>= 0x08 and < 0x0c) or 0x0e or PciConfig.InterruptPin;
}
