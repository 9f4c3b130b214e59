using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace FirmwareGuard.Firmware.Tests.Cli;

public sealed class SimulateCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("firmwareguard-scenario-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void TheDefaultShowsBothVersionsOfTheDefaultScenario()
    {
        var run = CommandRun.Of("simulate");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        var lines = run.Output.Split('\n');
        Assert.Equal("Scenario qemu-xen-total-too-big: HVM guest, 6144 MiB RAM, qemu-xen via libxl, 36-bit physical addresses", lines[0]);
        Assert.Contains("== hvmloader before the series (a12d15d8c1) ==", lines);
        Assert.Contains("== hvmloader after the series (c74c1f906a) ==", lines);
        Assert.Contains("  HVM1: pci dev 05:0 bar 14 size lx: 10000000", lines);
        Assert.Contains("  HVM1: pci dev 05:0 bar 14 size 010000000: 19000000c", lines);
        Assert.Contains("  HVM1: ", lines);
        Assert.Contains("  00:05.0  0x14  mem64  0x10000000   high       0x190000000", lines);
        Assert.Contains("   0x190000000 - 0x19fffffff  64-bit MMIO (BARs above 4 GiB)", lines);
        Assert.Contains("Verdict: qemu-xen-crash - hvmloader relocated guest RAM and the device model is qemu-xen: qemu-xen crashes a few minutes after boot.", lines);
        Assert.Contains("Verdict: relocated-high - 00:05.0 bar 0x14 moved above 4 GiB: fine if the device and its driver cope.", lines);
        Assert.Equal("Summary: before: qemu-xen-crash; after: relocated-high", lines[^2]);
    }

    [Fact]
    public void JsonHasTheDocumentedShape()
    {
        var run = CommandRun.Of("simulate", "--json");

        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(["scenario", "runs"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("qemu-xen-total-too-big", root.GetProperty("scenario").GetString());
        var after = root.GetProperty("runs")[1];
        Assert.Equal(
            ["hvmloader", "pciSetupRan", "allowMemoryRelocate", "pciMemStart", "pciMemEnd", "bar64Relocate", "lowMemPgend", "highMemPgend", "relocatedPages", "highMemResourceBase", "bars", "log", "outcome", "explanation"],
            after.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            """{"hvmloader":"after","pciSetupRan":true,"allowMemoryRelocate":false,"pciMemStart":"0xf0000000","pciMemEnd":"0xfc000000","bar64Relocate":true,"lowMemPgend":"0xf0000","highMemPgend":"0x190000","relocatedPages":0,"highMemResourceBase":"0x190000000"}""",
            Compact(after, except: ["bars", "log", "outcome", "explanation"]));
        Assert.Equal(
            """{"bdf":"00:05.0","devfn":"0x28","reg":"0x14","type":"mem64","is64":true,"size":"0x10000000","placement":"high","base":"0x190000000"}""",
            Compact(after.GetProperty("bars")[0]));
        Assert.Equal(
            """{"bdf":"00:04.0","devfn":"0x20","reg":"0x30","type":"rom","is64":false,"size":"0x40000","placement":"low","base":"0xf4080000"}""",
            Compact(after.GetProperty("bars")[5]));
        Assert.Equal(
            """{"ramRelocated":false,"qemuXenCrash":false,"unmapped":[],"relocatedHigh":["00:05.0 bar 0x14"],"bootFails":false,"verdict":"relocated-high"}""",
            Compact(after.GetProperty("outcome")));
        Assert.Equal("", after.GetProperty("log")[10].GetString());

        var before = root.GetProperty("runs")[0];
        Assert.Equal("before", before.GetProperty("hvmloader").GetString());
        Assert.True(before.GetProperty("allowMemoryRelocate").GetBoolean());
        Assert.Equal(65536, before.GetProperty("relocatedPages").GetInt32());
        Assert.Equal("pci dev 05:0 bar 14 size lx: 10000000", before.GetProperty("log")[8].GetString());
    }

    [Fact]
    public void APvGuestHasNullNumbersAndEmptyLists()
    {
        var run = CommandRun.Of("simulate", "pv-guest", "--json", "--hvmloader", "after");

        using var json = JsonDocument.Parse(run.Output);
        var only = json.RootElement.GetProperty("runs").EnumerateArray().Single();
        Assert.Equal(
            """{"hvmloader":"after","pciSetupRan":false,"allowMemoryRelocate":false,"pciMemStart":null,"pciMemEnd":null,"bar64Relocate":false,"lowMemPgend":null,"highMemPgend":null,"relocatedPages":null,"highMemResourceBase":null,"bars":[],"log":[],"outcome":{"ramRelocated":false,"qemuXenCrash":false,"unmapped":[],"relocatedHigh":[],"bootFails":false,"verdict":"unaffected"}}""",
            Compact(only, except: ["explanation"]));
        Assert.Equal(
            """{"garbledLines":[],"consoleCuts":[],"joinedLines":[],"splitValues":[],"splitValuesExplanation":null,"barFlags":[],"barFlagsExplanation":null,"glossary":null}""",
            Compact(only.GetProperty("explanation")));
    }

    [Theory]
    [InlineData("before", new[] { "before" })]
    [InlineData("after", new[] { "after" })]
    [InlineData("both", new[] { "before", "after" })]
    public void HvmloaderChoosesTheVersions(string choice, string[] versions)
    {
        var run = CommandRun.Of("simulate", "--hvmloader", choice, "no-passthrough", "--json");

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(versions, json.RootElement.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("hvmloader").GetString()));
    }

    [Fact]
    public void AScenarioFileIsRunAndNamedAfterItsFileWhenUnnamed()
    {
        var path = Path.Combine(directory, "big-gpu.json");
        File.WriteAllText(path, """{ "memoryMiB": 2048, "devices": [ { "bdf": "00:05.0", "vendor": "0x10de", "device": "0x1db4", "bars": [ { "index": 0, "type": "mem64", "size": "4GiB" } ] } ] }""");

        var run = CommandRun.Of("simulate", path, "--json");

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("big-gpu", json.RootElement.GetProperty("scenario").GetString());
        Assert.Equal(["unmapped", "high"], json.RootElement.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("bars")[0].GetProperty("placement").GetString()));
    }

    [Fact]
    public void AnInvalidScenarioFileIsOneLineNamingTheFieldAndNothingElse()
    {
        var path = Path.Combine(directory, "bad.json");
        File.WriteAllText(path, """{ "memoryMiB": 2048, "devices": [ { "bdf": "00:05.0", "vendor": 1, "device": 2, "bars": [ { "index": 0, "type": "mem32", "size": "24MiB" } ] } ] }""");

        var run = CommandRun.Of("simulate", path);

        Assert.Equal(new CommandRun(2, "", $"error: {path}: devices[0].bars[0].size: 0x1800000 is not a power of two, as the size of a 32-bit memory BAR must be\n"), run);
    }

    [Theory]
    [InlineData(new[] { "simulate", "no-such-scenario" }, "error: no built-in scenario named 'no-such-scenario' and no such file (built-in: pv-guest, no-passthrough, fits-default-hole, hole-grows-no-ram-moved, qemu-trad-under-2GiB, qemu-trad-over-2GiB, qemu-xen-other-toolstack, qemu-xen-32bit-too-big, qemu-xen-total-too-big)")]
    [InlineData(new[] { "simulate", "--hvmloader" }, "error: --hvmloader needs before, after or both")]
    [InlineData(new[] { "simulate", "--hvmloader", "during" }, "error: --hvmloader takes before, after or both, not 'during'")]
    [InlineData(new[] { "simulate", "--yaml" }, "error: unknown option '--yaml' (usage: simulate [SCENARIO.json|NAME] [--hvmloader before|after|both] [--json|--quiet] [--svg FILE])")]
    [InlineData(new[] { "simulate", "pv-guest", "no-passthrough" }, "error: more than one scenario given ('pv-guest' and 'no-passthrough')")]
    [InlineData(new[] { "simulate", "--json", "--quiet" }, "error: give at most one of --json and --quiet")]
    [InlineData(new[] { "simulate", "--svg" }, "error: --svg needs the file to write the picture to")]
    [InlineData(new[] { "scenarios", "all" }, "error: no built-in scenario named 'all' (built-in: pv-guest, no-passthrough, fits-default-hole, hole-grows-no-ram-moved, qemu-trad-under-2GiB, qemu-trad-over-2GiB, qemu-xen-other-toolstack, qemu-xen-32bit-too-big, qemu-xen-total-too-big)")]
    [InlineData(new[] { "scenarios", "pv-guest", "no-passthrough" }, "error: scenarios takes at most one NAME, not 'pv-guest no-passthrough' (usage: scenarios [NAME])")]
    public void BadArgumentsAreRejected(string[] args, string message)
    {
        Assert.Equal(new CommandRun(2, "", message + "\n"), CommandRun.Of(args));
    }

    [Fact]
    public void AMissingScenarioFileIsRejected()
    {
        var path = Path.Combine(directory, "absent.json");

        var run = CommandRun.Of("simulate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith($"error: cannot read scenario file '{path}': ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ScenariosListsEveryBuiltInAndMarksTheDefault()
    {
        var run = CommandRun.Of("scenarios");

        var lines = run.Output.TrimEnd('\n').Split('\n');
        Assert.Equal("Built-in scenarios (simulate NAME; scenarios NAME prints one as a file):", lines[0]);
        Assert.Equal(10, lines.Length);
        Assert.StartsWith("  pv-guest ", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("(default)", lines[9], StringComparison.Ordinal);
        Assert.Single(lines, line => line.EndsWith("(default)", StringComparison.Ordinal));
    }

    private static string Compact(JsonElement element, string[]? except = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var property in element.EnumerateObject().Where(p => except?.Contains(p.Name) != true))
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
