using FirmwareGuard.Firmware.Platform;
using Xunit;

namespace FirmwareGuard.Firmware.Tests.Platform;

public sealed class GuestMemoryTests
{
    [Fact]
    public void MovingTheTopOfLowRamExtendsHighRam()
    {
        var memory = new GuestMemory();
        memory.Populate(new PageRange(0, 0xf0000));
        memory.Populate(new PageRange(0x100000, 0x90000));

        Assert.True(memory.Move(new PageRange(0xe0001, 0xffff), 0x190000));
        Assert.True(memory.Move(new PageRange(0xe0000, 1), 0x19ffff));

        Assert.Equal([new PageRange(0, 0xe0000), new PageRange(0x100000, 0xa0000)], memory.Ranges);
        Assert.Equal(0xf0000ul + 0x90000, memory.TotalPages);
    }

    [Fact]
    public void AMoveFromMemoryThatIsNotRamOrOntoRamFails()
    {
        var memory = new GuestMemory();
        memory.Populate(new PageRange(0, 0x100));
        memory.Populate(new PageRange(0x200, 0x100));

        Assert.False(memory.Move(new PageRange(0xf0, 0x20), 0x400));
        Assert.False(memory.Move(new PageRange(0x10, 0x10), 0x2f0));
        Assert.False(memory.Move(new PageRange(0x10, 0), 0x400));
        Assert.Equal([new PageRange(0, 0x100), new PageRange(0x200, 0x100)], memory.Ranges);
    }

    [Fact]
    public void MovingFromTheMiddleSplitsARange()
    {
        var memory = new GuestMemory();
        memory.Populate(new PageRange(0, 0x100));

        Assert.True(memory.Move(new PageRange(0x40, 0x10), 0x1000));

        Assert.Equal([new PageRange(0, 0x40), new PageRange(0x50, 0xb0), new PageRange(0x1000, 0x10)], memory.Ranges);
    }
}
