using System;
using Xunit;

namespace FirmwareGuard.Firmware.Tests.Cli;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData(new string[0], "error: no command given")]
    [InlineData(new[] { "frobnicate" }, "error: unknown command 'frobnicate'")]
    public void AMissingOrUnknownCommandIsRejected(string[] args, string message)
    {
        var run = CommandRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith(message, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }
}
