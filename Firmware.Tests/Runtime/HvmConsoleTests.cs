using System.Linq;
using FirmwareGuard.Firmware.Runtime;
using Xunit;

namespace FirmwareGuard.Firmware.Tests.Runtime;

public sealed class HvmConsoleTests
{
    [Fact]
    public void PrintfWritesToTheDebugConsole()
    {
        var hvm = new HvmConsole();

        hvm.Printf("PCI-ISA link %u routed to IRQ%u\n", 0u, 5u);

        Assert.Equal(["PCI-ISA link 0 routed to IRQ5"], hvm.Console.Lines);
    }

    [Fact]
    public void AFaultDeliversWhatWasEmittedBeforeIt()
    {
        var hvm = new HvmConsole();

        Assert.Throws<FirmwareFault>(() => hvm.Printf("bar %x: %s\n", 0x10u, 5u));

        Assert.Equal("bar 10: ", hvm.Console.Pending);
    }

    [Fact]
    public void ANullArgumentArrayIsNoArguments()
    {
        var hvm = new HvmConsole();

        var fault = Assert.Throws<FirmwareFault>(() => hvm.Printf("%s", null!));

        Assert.Contains("the arguments fill only 0 slot(s)", fault.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ANullArgumentIsANullPointer()
    {
        var hvm = new HvmConsole();

        var fault = Assert.Throws<FirmwareFault>(() => hvm.Printf("%s", (object?)null));

        Assert.Contains("a NULL pointer", fault.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void EachCallIsKeptWithWhatItsDirectivesReadAndTheLineItStartsOn()
    {
        var hvm = new HvmConsole();

        hvm.Printf("first\n");
        hvm.Printf("size %llx: %08x\n", 0x2000000ul, 0xf0000008u);

        var call = hvm.Calls[1];
        Assert.Equal(1, call.Line);
        Assert.Equal("size lx: 02000000\n", call.Trace.Output);
        Assert.Equal(
            [(5, 8, "l", 0), (11, 15, "02000000", 1)],
            call.Trace.Directives.Select(directive => (directive.Start, directive.End, directive.Printed, directive.Read.Count)));
        Assert.Equal([SlotPart.UpperHalf, SlotPart.Whole], call.Trace.Unread.Select(slot => slot.Part));
    }
}
