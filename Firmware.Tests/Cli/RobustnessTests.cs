using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace FirmwareGuard.Firmware.Tests.Cli;

/// <summary>Whatever the input or the output, the command line ends with one line on stderr and an exit code, never a crash.</summary>
public sealed class RobustnessTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("firmwareguard-robust-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [InlineData("simulate")]
    [InlineData("scenarios")]
    [InlineData("--help")]
    public void AnOutputThatFailsIsOneLineAndExitCode3(string command)
    {
        using var output = new FullWriter();
        using var error = new StringWriter();

        var exitCode = FirmwareGuard.Firmware.Cli.CommandLine.Run([command], output, error);

        Assert.Equal(3, exitCode);
        Assert.Equal("error: cannot write the output: No space left on device\n", error.ToString());
    }

    [SkippableFact]
    public void SimulateIntoDevFullIsOneLineOnStderr()
    {
        Skip.IfNot(File.Exists("/dev/full"), "this system has no /dev/full");
        var program = Path.Combine(AppContext.BaseDirectory, "FirmwareGuard.Firmware");
        var start = new ProcessStartInfo("/bin/sh", ["-c", "exec \"$0\" simulate > /dev/full", program]) { RedirectStandardError = true };

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(3, process.ExitCode);
        Assert.StartsWith("error: cannot write the output: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void ADirectoryGivenAsTheScenarioSaysSo()
    {
        var run = CommandRun.Of("simulate", directory);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: '{directory}' is a directory, not a scenario file", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "memoryMiB": 1e30 }""", "memoryMiB: 1e30 is too large: must be an integer below 1048577")]
    [InlineData("{\n  \"memoryMiB\": 2048,\n  \"x\" 3\n}", "line 3, column 7: not valid JSON: ")]
    [InlineData("""{ "memoryMiB": 8192, "cpuPhysAddrBits": 32 }""", "memoryMiB: 8192 MiB of RAM, laid out around the MMIO hole below 4 GiB, ends at 0x210000000, beyond the 4 GiB a CPU with cpuPhysAddrBits 32 can address")]
    [InlineData("""{ "memoryMiB": 1048576, "cpuPhysAddrBits": 36 }""", "memoryMiB: 1048576 MiB of RAM, laid out around the MMIO hole below 4 GiB, ends at 0x10010000000, beyond the 64 GiB a CPU with cpuPhysAddrBits 36 can address")]
    public void AnImpossibleOrUnreadableScenarioIsRejectedWithExitCode2(string json, string message)
    {
        var path = Path.Combine(directory, "vm.json");
        File.WriteAllText(path, json);

        var run = CommandRun.Of("simulate", path);

        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        Assert.StartsWith($"error: {path}: {message}", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void BarsThatDoNotFitStayUnmappedAsHvmloaderLeavesThem()
    {
        var path = Path.Combine(directory, "huge.json");
        File.WriteAllText(path, """{ "memoryMiB": 2048, "cpuPhysAddrBits": 32, "devices": [ { "bdf": "00:05.0", "vendor": 1, "device": 2, "bars": [ { "index": 0, "type": "mem64", "size": "8GiB" } ] } ] }""");

        var run = CommandRun.Of("simulate", path, "--hvmloader", "after");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  HVM1: pci dev 05:0 bar 10 size 200000000: no space for resource!", run.Output.Split('\n'));
        Assert.Contains("Verdict: devices-unmapped", run.Output, StringComparison.Ordinal);
    }

    /// <summary>A writer whose every write fails as a write to a full device does.</summary>
    private sealed class FullWriter : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");
    }
}
