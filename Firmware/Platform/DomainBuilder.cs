namespace FirmwareGuard.Firmware.Platform;

/// <summary>
/// The toolstack's domain builder (tools/libxc/xc_hvm_build_x86.c, 2013): RAM up to the default MMIO
/// hole start (4 GiB - HVM_BELOW_4G_MMIO_LENGTH = 0xF0000000) stays low; the rest goes above 4 GiB.
/// </summary>
public static class DomainBuilder
{
    public const int PageShift = 12;
    public const ulong FourGiB = 1ul << 32;

    /// <summary>HVM_BELOW_4G_MMIO_LENGTH: 256 MiB.</summary>
    public const ulong MmioSize = FourGiB - 0xF0000000;

    public static (HvmInfo Info, GuestMemory Memory) Build(ulong memoryBytes)
    {
        var (lowMemEnd, highMemEnd) = Split(memoryBytes);
        var info = new HvmInfo
        {
            LowMemPgend = (uint)(lowMemEnd >> PageShift),
            HighMemPgend = (uint)(highMemEnd >> PageShift),
        };
        var memory = new GuestMemory();
        memory.Populate(new PageRange(0, info.LowMemPgend));
        if (info.HighMemPgend != 0)
        {
            memory.Populate(new PageRange(FourGiB >> PageShift, info.HighMemPgend - (FourGiB >> PageShift)));
        }

        return (info, memory);
    }

    /// <summary>The highest address of RAM plus one, once the RAM the MMIO hole displaces sits above 4 GiB.</summary>
    public static ulong RamEnd(ulong memoryBytes)
    {
        var (lowMemEnd, highMemEnd) = Split(memoryBytes);
        return System.Math.Max(lowMemEnd, highMemEnd);
    }

    /// <summary>Where RAM ends below 4 GiB, and above it (0 when no RAM is there).</summary>
    private static (ulong LowMemEnd, ulong HighMemEnd) Split(ulong memoryBytes)
    {
        const ulong mmioStart = FourGiB - MmioSize;
        return memoryBytes > mmioStart ? (mmioStart, FourGiB + (memoryBytes - mmioStart)) : (memoryBytes, 0);
    }
}
