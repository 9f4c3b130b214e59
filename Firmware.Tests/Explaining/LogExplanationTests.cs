using FirmwareGuard.Firmware.Explaining;
using FirmwareGuard.Firmware.Hvmloader;
using FirmwareGuard.Firmware.Runtime;
using FirmwareGuard.Firmware.Simulation;
using Xunit;

namespace FirmwareGuard.Firmware.Tests.Explaining;

/// <summary>What the console did to a log, worked out from the calls that printed it.</summary>
public sealed class LogExplanationTests
{
    [Fact]
    public void AMessageWithoutANewlineIsJoinedToTheNext()
    {
        var hvm = new HvmConsole();
        hvm.Printf("WARNING: hvm_info->high_mem_pgend %x does not point into high memory!", 0xf0000u);
        hvm.Printf("RAM in high memory\n");

        var explanation = LogExplanation.Of(RunOf(hvm));

        var join = Assert.Single(explanation.Joins);
        Assert.Equal(0, join.Line);
        Assert.Equal("`WARNING: hvm_info->high_mem_pgend f0000 does not point into high memory!` ends without a newline, so the console printed the next message on the same line.", join.Explanation);
    }

    [Fact]
    public void ALineCutAtTheConsolesWidthGoesOnInTheNext()
    {
        var hvm = new HvmConsole();
        hvm.Printf("%s\n", new string('x', 100));

        var cut = Assert.Single(LogExplanation.Of(RunOf(hvm)).Cuts);

        Assert.Equal((0, false), (cut.Line, cut.EmptyLineAfter));
        Assert.EndsWith("the message goes on in the next line.", cut.Explanation, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ACleanLogNeedsNoExplanation()
    {
        var hvm = new HvmConsole();
        hvm.Printf("PCI-ISA link %u routed to IRQ%u\n", 0u, 5u);

        Assert.True(LogExplanation.Of(RunOf(hvm)).IsEmpty);
    }

    private static SimulationRun RunOf(HvmConsole hvm) =>
        new(HvmloaderVersion.After, null, null, null, [], [], hvm.Console.Lines, hvm.Calls, hvm.Console.CutLines, Outcome.None);
}
