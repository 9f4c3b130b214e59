using FirmwareGuard.Firmware.Hvmloader;
using FirmwareGuard.Firmware.Platform;
using Xunit;

namespace FirmwareGuard.Firmware.Tests.Hvmloader;

/// <summary>cpu_phys_addr(): CPUID 0x80000008 EAX[7:0] when the leaf exists, else 36.</summary>
public sealed class CpuPhysAddrTests
{
    [Fact]
    public void TheAddressSizesLeafGivesTheWidth()
    {
        Assert.Equal(46u, CpuPhysAddr.Of(new VirtualCpu(46)));
    }

    [Fact]
    public void WithoutTheLeafItIs36()
    {
        Assert.Equal(36u, CpuPhysAddr.Of(new VirtualCpu(46, maximumExtendedLeaf: 0x80000004)));
    }
}
