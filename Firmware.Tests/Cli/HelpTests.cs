using System;
using Xunit;

namespace FirmwareGuard.Firmware.Tests.Cli;

public sealed class HelpTests
{
    [Theory]
    [InlineData(new[] { "--help" }, "Usage: dotnet run --project Firmware -- COMMAND")]
    [InlineData(new[] { "-h" }, "Usage: dotnet run --project Firmware -- COMMAND")]
    [InlineData(new[] { "simulate", "--help" }, "Usage: simulate [SCENARIO.json|NAME]")]
    [InlineData(new[] { "simulate", "no-passthrough", "--json", "-h" }, "Usage: simulate [SCENARIO.json|NAME]")]
    [InlineData(new[] { "scenarios", "--help" }, "Usage: scenarios [NAME]")]
    [InlineData(new[] { "scenarios", "-h" }, "Usage: scenarios [NAME]")]
    [InlineData(new[] { "printf", "--help" }, "Usage: printf FORMAT [TYPE:VALUE...]")]
    [InlineData(new[] { "printf", "-h" }, "Usage: printf FORMAT [TYPE:VALUE...]")]
    public void HelpPrintsUsageWithExamplesAndSucceeds(string[] args, string usage)
    {
        var run = CommandRun.Of(args);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Contains(usage, run.Output, StringComparison.Ordinal);
        Assert.Contains("Examples:", run.Output, StringComparison.Ordinal);
        Assert.EndsWith("\n", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void TheToolsHelpNamesEveryCommandAndTheExitCodes()
    {
        var help = CommandRun.Of("--help").Output;

        Assert.Contains("  simulate ", help, StringComparison.Ordinal);
        Assert.Contains("  scenarios ", help, StringComparison.Ordinal);
        Assert.Contains("  printf ", help, StringComparison.Ordinal);
        Assert.Contains("3 the output could not be written", help, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryExampleInTheHelpRuns()
    {
        var run = CommandRun.Of("simulate", "qemu-xen-32bit-too-big", "--quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, CommandRun.Of("printf", @"size %llx: %08x\n", "u64:0x2000000", "u32:0xf0000008").ExitCode);
        Assert.Equal(0, CommandRun.Of("scenarios", "qemu-xen-total-too-big").ExitCode);
    }
}
