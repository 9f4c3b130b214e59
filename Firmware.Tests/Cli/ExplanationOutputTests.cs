using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace FirmwareGuard.Firmware.Tests.Cli;

/// <summary>"What the log shows", the glossary and --quiet, through the command line.</summary>
public sealed class ExplanationOutputTests
{
    [Fact]
    public void BeforeTheSeriesTheGarbledBarLinesAreExplainedDirectiveByDirective()
    {
        var before = Section(CommandRun.Of("simulate").Output, 0);

        Assert.Contains("What the log shows:", before, StringComparison.Ordinal);
        Assert.Contains(
            "11 lines are garbled, such as `pci dev 05:0 bar 14 size lx: 10000000`, printed with \"pci dev %02x:%x bar %02x size %llx: %08x\\n\": "
            + "`%llx` printed the text `lx` and read nothing; the size (0x10000000) is 64-bit and took two 32-bit slots, so `%08x` printed the lower half "
            + "of the size where its own argument (0xe000000c) belonged; never printed: the upper half of the size and `%08x`'s argument.",
            Unwrapped(before),
            StringComparison.Ordinal);
    }

    [Fact]
    public void AfterTheSeriesTheEmptyLineTheHalvesAndTheFlagsAreExplained()
    {
        var after = Unwrapped(Section(CommandRun.Of("simulate").Output, 1));

        Assert.DoesNotContain("garbled", after, StringComparison.Ordinal);
        Assert.Contains(
            "The empty `HVM1:` line is Xen's console: it prints a line once it holds 78 characters, so the 78-character "
            + "`Low MMIO hole not large enough for all devices, relocating some BARs to 64-bit` came out before its newline, which then printed alone.",
            after,
            StringComparison.Ordinal);
        Assert.Contains("so a value below 4 GiB starts with a 0: `010000000` is 0x10000000, `190000000` is 0x190000000.", after, StringComparison.Ordinal);
        Assert.Contains("0x19000000c is 0x190000000 with flags c. c = 8 prefetchable + 4 64-bit: 00:05.0 BAR1; 8 prefetchable: 00:02.0 BAR0, 00:03.0 BAR1; 1 I/O space: 00:03.0 BAR0, 00:04.0 BAR0, 00:01.1 BAR4.", after, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplanationsComeFromTheRunNotFromTheVersion()
    {
        var before = Unwrapped(Section(CommandRun.Of("simulate", "qemu-xen-32bit-too-big").Output, 0));

        Assert.Contains("10 lines are garbled, such as `pci dev 05:0 bar 10 size lx: 08000000`", before, StringComparison.Ordinal);
        Assert.Contains("where its own argument (0xe0000000) belonged", before, StringComparison.Ordinal);
    }

    [Fact]
    public void EachFormatGarbledIsExplainedOnce()
    {
        var before = Unwrapped(Section(CommandRun.Of("simulate", "qemu-trad-over-2GiB").Output, 0));

        Assert.Contains("8 lines are garbled, such as `pci dev 05:0 bar 10 size lx: 40000000`", before, StringComparison.Ordinal);
        Assert.Contains(
            "5 lines are garbled, such as `pci dev 02:0 bar 10 size lx: no space for resource!`, printed with \"pci dev %02x:%x bar %02x size %llx: no space for resource!\\n\": "
            + "`%llx` printed the text `lx` and read nothing; never printed: the size (0x2000000).",
            before,
            StringComparison.Ordinal);
    }

    [Fact]
    public void EachVersionGetsAGlossaryLineUnderItsMemoryMapAndFitsAScreen()
    {
        var output = CommandRun.Of("simulate").Output;

        for (var version = 0; version < 2; version++)
        {
            var lines = Section(output, version).Split('\n');
            var glossary = Array.FindIndex(lines, line => line.StartsWith("  Glossary: low MMIO hole = ", StringComparison.Ordinal));
            Assert.True(glossary > Array.IndexOf(lines, "Memory map:"));
            Assert.StartsWith("Verdict: ", lines[glossary + 1], StringComparison.Ordinal);
            Assert.InRange(lines.Length, 30, 60);
        }

        Assert.Contains("   0x190000000 - 0x19fffffff  RAM relocated by hvmloader", output.Split('\n'));
    }

    [Fact]
    public void QuietPrintsOnlyTheVerdicts()
    {
        var run = CommandRun.Of("simulate", "--quiet");

        Assert.Equal(
            "before: qemu-xen-crash - hvmloader relocated guest RAM and the device model is qemu-xen: qemu-xen crashes a few minutes after boot.\n"
            + "after: relocated-high - 00:05.0 bar 0x14 moved above 4 GiB: fine if the device and its driver cope.\n",
            run.Output);
    }

    [Fact]
    public void JsonCarriesTheSameExplanationsAsData()
    {
        using var json = JsonDocument.Parse(CommandRun.Of("simulate", "--json").Output);
        var runs = json.RootElement.GetProperty("runs");
        var before = runs[0].GetProperty("explanation");
        var after = runs[1].GetProperty("explanation");

        var garbled = before.GetProperty("garbledLines");
        Assert.Equal(11, garbled.GetArrayLength());
        var first = garbled[0];
        Assert.Equal(8, first.GetProperty("line").GetInt32());
        Assert.Equal(runs[0].GetProperty("log")[8].GetString(), first.GetProperty("text").GetString());
        Assert.Equal("pci dev %02x:%x bar %02x size %llx: %08x\n", first.GetProperty("format").GetString());
        var llx = first.GetProperty("directives")[3];
        Assert.Equal(("%llx", "lx", 3, 0, false), (llx.GetProperty("directive").GetString(), llx.GetProperty("printed").GetString(), llx.GetProperty("meantFor").GetInt32(), llx.GetProperty("read").GetArrayLength(), llx.GetProperty("asMeant").GetBoolean()));
        var base08x = first.GetProperty("directives")[4];
        Assert.Equal("""[{"argument":3,"part":"lower-half","value":"0x10000000"}]""", Compact(base08x.GetProperty("read")));
        Assert.Equal("""[{"argument":3,"part":"upper-half","value":"0x0"},{"argument":4,"part":"whole","value":"0xe000000c"}]""", Compact(first.GetProperty("neverPrinted")));
        Assert.StartsWith("`%llx` printed the text `lx` and read nothing;", first.GetProperty("explanation").GetString(), StringComparison.Ordinal);

        Assert.Equal(0, after.GetProperty("garbledLines").GetArrayLength());
        var cut = after.GetProperty("consoleCuts").EnumerateArray().Single();
        Assert.Equal((9, true), (cut.GetProperty("line").GetInt32(), cut.GetProperty("emptyLineAfter").GetBoolean()));
        Assert.Equal("", runs[1].GetProperty("log")[10].GetString());
        var gpu = after.GetProperty("barFlags")[0];
        Assert.Equal("""{"bdf":"00:05.0","bar":"BAR1","registerValue":"0x19000000c","base":"0x190000000","flags":"0xc","meanings":["prefetchable","64-bit"]}""", Compact(gpu));
        Assert.Equal("""[{"printed":"010000000","value":"0x10000000"},{"printed":"190000000","value":"0x190000000"}]""", Compact(after.GetProperty("splitValues")));
        Assert.StartsWith("low MMIO hole = ", after.GetProperty("glossary").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The lines of one version's section of the text report, from its header to its verdict.</summary>
    private static string Section(string output, int version)
    {
        var section = output.Split("\n== hvmloader ")[version + 1];
        var verdict = section.IndexOf("\nVerdict: ", StringComparison.Ordinal);
        return section[..section.IndexOf('\n', verdict + 1)];
    }

    /// <summary>The report with its wrapped paragraphs joined again.</summary>
    private static string Unwrapped(string text) => text.Replace("\n    ", " ", StringComparison.Ordinal);

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);
}
