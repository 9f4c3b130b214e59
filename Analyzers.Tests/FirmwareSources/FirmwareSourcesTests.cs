using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace FirmwareGuard.Tests.FirmwareSources;

/// <summary>
/// Firmware/ is FirmwareGuard's first customer: its `after` version is clean under every rule, and
/// putting back what patch 2/8 of the 2013 Xen series took out is caught.
/// </summary>
public class FirmwareSourcesTests
{
    private const string After = "Hvmloader/PciSetupAfter.cs";

    [Fact]
    public async Task EveryAnalyzerPassesFirmware()
    {
        var diagnostics = await FirmwareCompilation.AnalyzeAsync(FirmwareCompilation.Sources());

        Assert.Empty(diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task RevertingPatch2Of8IsFlagged()
    {
        var sources = new Dictionary<string, string>(FirmwareCompilation.Sources());
        var source = sources[After];
        source = RemoveStatement(source, "hvm.Printf(\"Low MMIO hole not large enough");
        source = RemoveStatement(source, "hvm.Printf(\"Relocating 0x%x pages from");
        source = Replace(source, "size %x%08x: %x%08x\\n\"", "size %x%08x: %08x\\n\"");
        source = Replace(source, "(uint)(barValue >> 32), (uint)barValue);", "(uint)barValue);");
        sources[After] = source;

        var diagnostics = await FirmwareCompilation.AnalyzeAsync(sources);

        Assert.Equal(
            new[] { "FG0101 (uint)barValue", "FG0103 bar64Relocation.Enable()", "FG0103 platform.Hypervisor.AddToPhysmap" },
            diagnostics
                .Select(d => $"{d.Id} {Snippet(d)}")
                .OrderBy(text => text, StringComparer.Ordinal));
    }

    /// <summary>Deletes the statement that starts with <paramref name="start"/>, through its closing <c>);</c>.</summary>
    private static string RemoveStatement(string source, string start)
    {
        var from = source.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"{After} no longer contains {start}");
        var to = source.IndexOf(");", from, StringComparison.Ordinal) + 2;
        return source.Remove(from, to - from);
    }

    private static string Replace(string source, string patched, string original)
    {
        Assert.True(source.Contains(patched, StringComparison.Ordinal), $"{After} no longer contains {patched}");
        return source.Replace(patched, original, StringComparison.Ordinal);
    }

    private static string Snippet(Microsoft.CodeAnalysis.Diagnostic diagnostic)
    {
        var text = diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
        var call = text.IndexOf('(', StringComparison.Ordinal);
        return diagnostic.Id == "FG0103" && call > 0 && !text.EndsWith("()", StringComparison.Ordinal) ? text.Substring(0, call) : text;
    }
}
