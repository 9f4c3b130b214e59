using System.Linq;
using FirmwareGuard.Firmware.Explaining;
using FirmwareGuard.Firmware.Runtime;
using Xunit;

namespace FirmwareGuard.Firmware.Tests.Explaining;

/// <summary>A call read against what its author meant, and said in words.</summary>
public sealed class PrintfReadingTests
{
    [Fact]
    public void The2013BarLineIsGarbledDirectiveByDirective()
    {
        var reading = Read("pci dev %02x:%x bar %02x size %llx: %08x\n", 0u, 2u, 0x10u, 0x2000000ul, 0xf0000008u);

        Assert.True(reading.Garbled);
        Assert.Equal(
            "`%llx` printed the text `lx` and read nothing; the size (0x2000000) is 64-bit and took two 32-bit slots, so `%08x` printed the lower half "
            + "of the size where its own argument (0xf0000008) belonged; never printed: the upper half of the size and `%08x`'s argument.",
            reading.Explanation);
        Assert.Equal(["%02x", "%x", "%02x", "%llx", "%08x"], reading.Directives.Select(directive => directive.Directive));
        Assert.Equal([true, true, true, false, false], reading.Directives.Select(directive => directive.AsMeant));
    }

    [Fact]
    public void ACallPrintedAsMeantIsNotGarbled()
    {
        var reading = Read("pci dev %02x:%x bar %02x size %x%08x: %x%08x\n", 0u, 2u, 0x10u, 0u, 0x2000000u, 0u, 0xf0000008u);

        Assert.False(reading.Garbled);
        Assert.Empty(reading.NeverPrinted);
    }

    [Fact]
    public void A64BitValueForA32BitDirectiveShiftsEverythingAfterIt()
    {
        var reading = Read("base %x limit %x\n", 0x100000000ul, 5u);

        Assert.Equal(
            "`%x` printed only the lower half of the base (0x100000000); the base is 64-bit and took two 32-bit slots, so `%x` printed the upper half "
            + "of the base where the limit (0x5) belonged; never printed: the limit.",
            reading.Explanation);
    }

    [Fact]
    public void AnArgumentNoDirectiveIsMeantForIsNeverPrinted()
    {
        var reading = Read("100%% done\n", 7u);

        Assert.True(reading.Garbled);
        Assert.Equal("Never printed: argument 1 (0x7).", reading.Explanation);
    }

    [Fact]
    public void CallsOfOneFormatGarbledAlikeShareAShape()
    {
        const string Format = "size %llx: %08x\n";

        Assert.Equal(Read(Format, 0x1000ul, 0xe0000000u).Shape, Read(Format, 0x2000ul, 0xf0000000u).Shape);
        Assert.NotEqual(Read(Format, 0x1000ul, 0xe0000000u).Shape, Read(Format, 0x1000u, 0xe0000000u).Shape);
    }

    private static PrintfReading Read(string format, params object[] arguments) => PrintfReading.Of(Doprint.Trace(format, arguments));
}
