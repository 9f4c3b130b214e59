using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace FirmwareGuard.Firmware.Tests.Cli;

/// <summary>
/// The picture as a real browser draws it: headless Chromium (Debian's package) screenshots the SVG, and
/// both halves of the screenshot, one per map, must hold more than the background. Without Chromium the
/// test says how to install it and is skipped.
/// </summary>
public sealed class PictureInBrowserTests : IDisposable
{
    private const string Install = "apt-get update && apt-get install -y chromium";

    private readonly string directory = Directory.CreateTempSubdirectory("firmwareguard-chromium-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [SkippableFact]
    public void ChromiumDrawsBothMaps()
    {
        var chromium = Find("chromium") ?? Find("chromium-browser");
        Skip.If(chromium is null, $"Chromium is not installed; on Debian, as root: {Install}");
        var svg = Path.Combine(directory, "map.svg");
        Assert.Equal(0, CommandRun.Of("simulate", "--svg", svg, "--quiet").ExitCode);
        var root = XDocument.Load(svg).Root!;
        var (width, height) = (Size(root, "width"), Size(root, "height"));
        var png = Path.Combine(directory, "map.png");

        Screenshot(chromium!, svg, png, width, height);

        var image = PngImage.Read(File.ReadAllBytes(png));
        Assert.Equal((width, height), (image.Width, image.Height));
        var background = image[0, 0];
        Assert.Equal(((byte)255, (byte)255, (byte)255), background);
        var half = width / 2;
        Assert.True(CountDrawn(image, 0, half) > 10_000, "the left half (the map before the series) is blank");
        Assert.True(CountDrawn(image, half, width) > 10_000, "the right half (the map after the series) is blank");
    }

    private static int CountDrawn(PngImage image, int fromX, int toX)
    {
        var background = image[0, 0];
        var drawn = 0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = fromX; x < toX; x++)
            {
                drawn += image[x, y] == background ? 0 : 1;
            }
        }

        return drawn;
    }

    private void Screenshot(string chromium, string svg, string png, int width, int height)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", $"--user-data-dir={Path.Combine(directory, "profile")}",
            $"--window-size={width},{height}", $"--screenshot={png}", new Uri(svg).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("Chromium did not finish its screenshot");
        }

        Assert.True(File.Exists(png), $"Chromium wrote no screenshot (exit code {process.ExitCode}): {output.Result}{error.Result}");
    }

    private static int Size(XElement svg, string attribute) =>
        (int)Math.Ceiling(double.Parse(svg.Attribute(attribute)!.Value, CultureInfo.InvariantCulture));

    private static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
