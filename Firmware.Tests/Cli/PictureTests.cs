using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using FirmwareGuard.Tests;
using Xunit;

namespace FirmwareGuard.Firmware.Tests.Cli;

/// <summary><c>simulate --svg FILE</c>: the memory maps before and after, side by side, as an SVG picture.</summary>
public sealed class PictureTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private readonly string directory = Directory.CreateTempSubdirectory("firmwareguard-svg-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void ThePictureShowsBothMapsSideBySideWithEveryBarLabelled()
    {
        var path = Path.Combine(directory, "map.svg");

        var run = CommandRun.Of("simulate", "--svg", path, "--quiet");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.StartsWith("before: qemu-xen-crash", run.Output, StringComparison.Ordinal);
        var svg = XDocument.Load(path).Root!;
        Assert.Equal(Svg + "svg", svg.Name);
        var half = double.Parse(svg.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture) / 2;
        var gpu = Texts(svg, "00:05.0 BAR1 256 MiB");
        Assert.Equal(2, gpu.Length);
        Assert.True(gpu[0] < half && gpu[1] > half, "the before map is on the left, the after map on the right");
        Assert.Single(Texts(svg, "verdict: qemu-xen-crash"));
        Assert.Single(Texts(svg, "verdict: relocated-high"));
        foreach (var label in new[] { "relocated RAM", "high MMIO", "00:02.0 BAR0 32 MiB", "00:04.0 BAR1 256 bytes", "00:05.0 ROM 512 KiB" })
        {
            Assert.NotEmpty(Texts(svg, label));
        }

        Assert.Equal(2, Texts(svg, "low MMIO hole").Length);
        Assert.Equal(2, Texts(svg, "I/O ports: 3 BAR(s) at 0xc000-0xc20f").Length);
    }

    [Fact]
    public void BarsWithoutSpaceAreListedUnderTheirMap()
    {
        var path = Path.Combine(directory, "unmapped.svg");

        Assert.Equal(0, CommandRun.Of("simulate", "qemu-xen-32bit-too-big", "--hvmloader", "after", "--svg", path, "--quiet").ExitCode);

        var svg = XDocument.Load(path).Root!;
        Assert.Contains(svg.Descendants(Svg + "text"), text => text.Value.StartsWith("no space: ", StringComparison.Ordinal));
    }

    [Fact]
    public void APictureThatCannotBeWrittenIsRejected()
    {
        var run = CommandRun.Of("simulate", "--svg", directory);

        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        Assert.StartsWith($"error: cannot write the picture to '{directory}': ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReadmePictureIsWhatTheToolDrawsToday()
    {
        var committed = RepositoryRoot.Combine("docs", "simulate.svg");
        var drawn = Path.Combine(directory, "simulate.svg");

        Assert.Equal(0, CommandRun.Of("simulate", "--svg", drawn, "--quiet").ExitCode);

        Assert.True(File.ReadAllText(committed) == File.ReadAllText(drawn), "docs/simulate.svg is stale: run dotnet run --project Firmware -- simulate --svg docs/simulate.svg");
    }

    /// <summary>The x of every text element that reads <paramref name="value"/>.</summary>
    private static double[] Texts(XElement svg, string value) =>
        svg.Descendants(Svg + "text")
            .Where(text => text.Value == value)
            .Select(text => double.Parse(text.Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture))
            .Order()
            .ToArray();
}
