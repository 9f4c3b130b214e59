namespace FirmwareGuard.Firmware.Platform;

/// <summary>
/// One 32-bit base address register. Its read-only low bits say what it is (I/O bit 0; memory type
/// bits 1-2 and prefetch bit 3), only the address bits a BAR of its size decodes are writable, so
/// writing all ones and reading back tells the size (the sizing protocol). An unimplemented BAR reads 0.
/// </summary>
public sealed class BarRegister
{
    public const uint Io = 0x1;
    public const uint Memory64 = 0x4;
    public const uint Prefetchable = 0x8;
    public const uint RomEnable = 0x1;

    private readonly uint flags;
    private readonly uint writable;
    private uint address;

    private BarRegister(uint flags, uint writable)
    {
        this.flags = flags;
        this.writable = writable;
    }

    public static BarRegister Unimplemented { get; } = new(0, 0);

    public static BarRegister Memory32(ulong size, bool prefetchable) =>
        new(prefetchable ? Prefetchable : 0, unchecked((uint)~(size - 1)) & ~0xfu);

    public static BarRegister Memory64Lower(ulong size, bool prefetchable) =>
        new(Memory64 | (prefetchable ? Prefetchable : 0), unchecked((uint)~(size - 1)) & ~0xfu);

    public static BarRegister Memory64Upper(ulong size) => new(0, (uint)(~(size - 1) >> 32));

    /// <summary>An I/O BAR decoding 16 address bits, as the PC's port space has.</summary>
    public static BarRegister IoPorts(ulong size) => new(Io, unchecked((uint)~(size - 1)) & 0xfffcu);

    /// <summary>The expansion ROM BAR (0x30): address bits 31..11 and the enable bit 0, which is writable.</summary>
    public static BarRegister Rom(ulong size) => new(0, (unchecked((uint)~(size - 1)) & 0xfffff800u) | RomEnable);

    public uint Read() => address | flags;

    public void Write(uint value) => address = value & writable;
}
