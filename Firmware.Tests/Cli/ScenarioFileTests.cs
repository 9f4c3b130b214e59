using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FirmwareGuard.Firmware.Scenarios;
using Xunit;

namespace FirmwareGuard.Firmware.Tests.Cli;

/// <summary><c>scenarios NAME</c> prints a built-in scenario as a file that <c>simulate FILE</c> runs the same.</summary>
public sealed class ScenarioFileTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("firmwareguard-starter-").FullName;

    public static IEnumerable<object[]> Names => BuiltInScenarios.All.Select(scenario => new object[] { scenario.Name });

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [MemberData(nameof(Names))]
    public void ABuiltInScenarioPrintedAsAFileSimulatesTheSame(string name)
    {
        var printed = CommandRun.Of("scenarios", name);
        Assert.Equal((0, ""), (printed.ExitCode, printed.Error));
        var path = Path.Combine(directory, "my-vm.json");
        File.WriteAllText(path, printed.Output);

        var fromFile = CommandRun.Of("simulate", path, "--json");
        var builtIn = CommandRun.Of("simulate", name, "--json");

        Assert.Equal(0, fromFile.ExitCode);
        Assert.Equal(builtIn, fromFile);
        Assert.Equal(CommandRun.Of("simulate", name), CommandRun.Of("simulate", path));
    }

    [Fact]
    public void TheFileSpellsOutEveryField()
    {
        var file = CommandRun.Of("scenarios", "qemu-xen-total-too-big").Output;

        foreach (var field in new[] { "\"name\": \"qemu-xen-total-too-big\"", "\"guest\": \"hvm\"", "\"memoryMiB\": 6144", "\"deviceModel\": \"qemu-xen\"", "\"toolstack\": \"libxl\"", "\"cpuPhysAddrBits\": 36", "\"platformDevices\": true", "\"size\": \"256MiB\"", "\"rom\": \"512KiB\"" })
        {
            Assert.Contains(field, file, StringComparison.Ordinal);
        }
    }
}
