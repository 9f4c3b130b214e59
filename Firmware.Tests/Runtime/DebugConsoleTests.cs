using FirmwareGuard.Firmware.Runtime;
using Xunit;

namespace FirmwareGuard.Firmware.Tests.Runtime;

/// <summary>Xen's hvm_print_line: line buffering, the 78-character cut, dropped characters.</summary>
public sealed class DebugConsoleTests
{
    [Fact]
    public void ANewlineEndsALine()
    {
        var console = new DebugConsole();

        console.Write("first\nsecond\n\nthird");

        Assert.Equal(["first", "second", ""], console.Lines);
        Assert.Equal("third", console.Pending);
    }

    [Fact]
    public void AMessageWithoutNewlineIsJoinedToTheNext()
    {
        var console = new DebugConsole();

        console.Write("WARNING: hvm_info->high_mem_pgend 0 does not point into high memory!");
        console.Write("No RAM\n");

        Assert.Equal(["WARNING: hvm_info->high_mem_pgend 0 does not point into high memory!No RAM"], console.Lines);
    }

    [Fact]
    public void ALongLineIsCutAfter78Characters()
    {
        var console = new DebugConsole();

        console.Write(new string('a', 100) + "\n");

        Assert.Equal([new string('a', 78), new string('a', 22)], console.Lines);
    }

    [Fact]
    public void SeventySevenCharactersAndANewlineMakeOneLine()
    {
        var console = new DebugConsole();

        console.Write(new string('b', 77) + "\n");

        Assert.Equal([new string('b', 77)], console.Lines);
    }

    [Fact]
    public void SeventyEightCharactersAndANewlineMakeALineAndAnEmptyOne()
    {
        var message = "Low MMIO hole not large enough for all devices, relocating some BARs to 64-bit\n";
        var console = new DebugConsole();

        console.Write(message);

        Assert.Equal(79, message.Length);
        Assert.Equal([message[..78], ""], console.Lines);
        Assert.Equal("", console.Pending);
    }

    [Fact]
    public void NonPrintableCharactersAreDroppedButTabsKept()
    {
        var console = new DebugConsole();

        console.Write("a\0b\rc\u0001d\u007fe\u0085f\tg\u00e9h\u00a0i\u20acj\n");

        Assert.Equal(["abcdef\tg\u00e9h\u00a0ij"], console.Lines);
    }

    [Fact]
    public void DroppedCharactersDoNotCountTowardsTheCut()
    {
        var console = new DebugConsole();

        console.Write(new string('\r', 10) + new string('c', 78));

        Assert.Equal([new string('c', 78)], console.Lines);
    }

    [Fact]
    public void TheLinesCutAtTheWidthAreKnown()
    {
        var console = new DebugConsole();

        console.Write(new string('a', DebugConsole.LineLimit) + "\nshort\n");

        Assert.Equal([new string('a', DebugConsole.LineLimit), "", "short"], console.Lines);
        Assert.Equal([0], console.CutLines);
    }
}
