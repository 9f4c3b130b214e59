namespace FirmwareGuard.Firmware.Platform;

/// <summary>The guest's CPUID, as far as hvmloader asks it: the physical address width (leaf 0x80000008, EAX[7:0]).</summary>
public sealed class VirtualCpu(byte physicalAddressBits, uint maximumExtendedLeaf = VirtualCpu.AddressSizesLeaf)
{
    public const uint ExtendedLeaves = 0x80000000;
    public const uint AddressSizesLeaf = 0x80000008;

    /// <summary>EAX of CPUID <paramref name="leaf"/> (only the leaves hvmloader reads are modelled).</summary>
    public uint Eax(uint leaf) => leaf switch
    {
        ExtendedLeaves => maximumExtendedLeaf,
        AddressSizesLeaf when maximumExtendedLeaf >= AddressSizesLeaf => physicalAddressBits,
        _ => 0,
    };
}
