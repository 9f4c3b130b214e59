using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml;
using FirmwareGuard.Firmware.Hvmloader;
using FirmwareGuard.Firmware.Scenarios;
using FirmwareGuard.Firmware.Simulation;

namespace FirmwareGuard.Firmware.Reports;

/// <summary>
/// The picture of a simulation: each run's guest physical memory map after pci_setup, side by side on
/// one <see cref="AddressAxis"/> — RAM, relocated RAM, the low MMIO hole, the high MMIO window and
/// every memory BAR as a labelled box — with each run's verdict, the BARs that got no space and the
/// I/O BARs under its map. Hand-written SVG 1.1, no scripts or external resources.
/// </summary>
public static class MemoryMapSvg
{
    private const double Width = 760;
    private const double ColumnWidth = 270;
    private const double BarInset = 105;
    private const double MapTop = 96;
    private const double LineHeight = 14;
    private const string Background = "#ffffff";
    private const string LowBar = "#3b6fb6";
    private const string HighBar = "#7b4fa6";

    private static readonly double[] Columns = [100, 390];

    public static string Draw(Scenario scenario, IReadOnlyList<SimulationRun> runs)
    {
        var maps = runs.Take(Columns.Length).Select((run, index) => new Map(run, Columns[index])).ToList();
        var marks = maps.SelectMany(map => map.Regions.SelectMany(region => new[] { region.Start, region.End })
            .Concat(map.Bars.SelectMany(bar => new[] { bar.Base!.Value, bar.Base.Value + bar.Size })));
        var axis = new AddressAxis(marks.Append(0ul), MapTop);
        var notesTop = axis.Bottom + 24;
        var legendTop = notesTop + (maps.Max(map => map.Notes.Count) * LineHeight) + 12;
        var height = legendTop + 64;

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var svg = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            svg.WriteStartElement("svg", "http://www.w3.org/2000/svg");
            Attributes(svg, ("width", Width), ("height", height), ("viewBox", $"0 0 {Number(Width)} {Number(height)}"));
            svg.WriteAttributeString("font-family", "DejaVu Sans, Arial, sans-serif");
            Rect(svg, 0, 0, Width, height, Background);
            Text(svg, 12, 24, $"Guest physical memory map after hvmloader's PCI setup: {scenario.Name}", 15, weight: "bold");
            Axis(svg, axis, maps[^1].X + ColumnWidth);
            foreach (var map in maps)
            {
                Column(svg, axis, map, notesTop);
            }

            Legend(svg, legendTop);
            svg.WriteEndElement();
        }

        return text + "\n";
    }

    /// <summary>The addresses, on the left of the first map and the right of the last, with a dashed line across.</summary>
    private static void Axis(XmlWriter svg, AddressAxis axis, double right)
    {
        foreach (var mark in axis.Marks)
        {
            var y = axis.Y(mark);
            Line(svg, Columns[0] - 4, y, right + 4, y, "#c8c8c8");
            Text(svg, Columns[0] - 8, y + 3.5, Hex.Of(mark), 10, anchor: "end", fill: "#444444");
            Text(svg, right + 8, y + 3.5, Hex.Of(mark), 10, fill: "#444444");
        }
    }

    private static void Column(XmlWriter svg, AddressAxis axis, Map map, double notesTop)
    {
        var (x, run) = (map.X, map.Run);
        Text(svg, x, 50, $"hvmloader {ReportNames.Of(run.Version)} the series", 13, weight: "bold");
        Text(svg, x, 68, $"verdict: {ReportNames.Of(run.Outcome.Verdict)}", 13, fill: VerdictColor(run.Outcome.Verdict), weight: "bold");
        if (!run.PciSetupRan)
        {
            Text(svg, x, MapTop + 14, "PV guest: hvmloader does not run", 11);
        }

        foreach (var region in map.Regions)
        {
            var (top, bottom) = (axis.Y(region.End), axis.Y(region.Start));
            Rect(svg, x, top, ColumnWidth, bottom - top, RegionColor(region.Kind));
            Label(svg, x + 4, top, bottom, RegionLabel(region.Kind), Sizes.Describe(region.End - region.Start), "#1d1d1d");
        }

        foreach (var bar in map.Bars)
        {
            var (top, bottom) = (axis.Y(bar.Base!.Value + bar.Size), axis.Y(bar.Base.Value));
            Rect(svg, x + BarInset, top, ColumnWidth - BarInset, bottom - top, bar.Placement == Placement.High ? HighBar : LowBar, stroke: Background);
            Label(svg, x + BarInset + 5, top, bottom, $"{bar.Bdf} {bar.Name} {Sizes.Describe(bar.Size)}", null, Background);
        }

        for (var line = 0; line < map.Notes.Count; line++)
        {
            Text(svg, x, notesTop + (line * LineHeight), map.Notes[line].Text, 11, fill: map.Notes[line].Color);
        }
    }

    private static void Legend(XmlWriter svg, double top)
    {
        (string Color, string Text)[] keys =
        [
            (RegionColor(RegionKind.Ram), "RAM"),
            (RegionColor(RegionKind.RelocatedRam), "RAM moved by hvmloader"),
            (RegionColor(RegionKind.LowMmioHole), "MMIO window"),
            (LowBar, "BAR below 4 GiB"),
            (HighBar, "BAR above 4 GiB"),
        ];
        var x = 12.0;
        foreach (var (color, text) in keys)
        {
            Rect(svg, x, top, 12, 12, color, stroke: "#888888");
            Text(svg, x + 17, top + 10, text, 11);
            x += 40 + (text.Length * 6);
        }

        Text(svg, 12, top + 32, "Addresses grow upwards on a broken axis: each span between two marked addresses is drawn taller", 11, fill: "#444444");
        Text(svg, 12, top + 46, "the longer it is (by its logarithm), so a 256-byte BAR and gigabytes of RAM both show.", 11, fill: "#444444");
    }

    /// <summary>A label inside a box: one line, or two (with <paramref name="detail"/>) when the box is tall enough; none in a box too thin to read.</summary>
    private static void Label(XmlWriter svg, double x, double top, double bottom, string text, string? detail, string fill)
    {
        var middle = (top + bottom) / 2;
        if (bottom - top < 10)
        {
            return;
        }

        if (detail is not null && bottom - top >= 28)
        {
            Text(svg, x, middle - 2, text, 10, fill: fill);
            Text(svg, x, middle + 10, detail, 10, fill: fill);
        }
        else
        {
            Text(svg, x, middle + 3.5, text, 10, fill: fill);
        }
    }

    private static string RegionColor(RegionKind kind) => kind switch
    {
        RegionKind.RelocatedRam => "#f2a65a",
        RegionKind.LowMmioHole or RegionKind.HighMmio => "#dbe4f3",
        _ => "#9fd4a3",
    };

    private static string RegionLabel(RegionKind kind) => kind switch
    {
        RegionKind.RelocatedRam => "relocated RAM",
        RegionKind.LowMmioHole => "low MMIO hole",
        RegionKind.HighMmio => "high MMIO",
        _ => "RAM",
    };

    private static string VerdictColor(Verdict verdict) => verdict switch
    {
        Verdict.Unaffected => "#2e7d32",
        Verdict.RelocatedHigh => "#1565c0",
        Verdict.DevicesUnmapped => "#e65100",
        _ => "#c62828",
    };

    private static void Rect(XmlWriter svg, double x, double y, double width, double height, string fill, string? stroke = null)
    {
        svg.WriteStartElement("rect");
        Attributes(svg, ("x", x), ("y", y), ("width", width), ("height", height));
        svg.WriteAttributeString("fill", fill);
        if (stroke is not null)
        {
            svg.WriteAttributeString("stroke", stroke);
        }

        svg.WriteEndElement();
    }

    private static void Line(XmlWriter svg, double x1, double y1, double x2, double y2, string stroke)
    {
        svg.WriteStartElement("line");
        Attributes(svg, ("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2));
        svg.WriteAttributeString("stroke", stroke);
        svg.WriteAttributeString("stroke-dasharray", "3 3");
        svg.WriteEndElement();
    }

    private static void Text(XmlWriter svg, double x, double y, string text, double size, string anchor = "start", string fill = "#1d1d1d", string weight = "normal")
    {
        svg.WriteStartElement("text");
        Attributes(svg, ("x", x), ("y", y), ("font-size", size));
        svg.WriteAttributeString("text-anchor", anchor);
        svg.WriteAttributeString("fill", fill);
        svg.WriteAttributeString("font-weight", weight);
        svg.WriteString(text);
        svg.WriteEndElement();
    }

    private static void Attributes(XmlWriter svg, params (string Name, object Value)[] attributes)
    {
        foreach (var (name, value) in attributes)
        {
            svg.WriteAttributeString(name, value is double number ? Number(number) : (string)value);
        }
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>One run's column: where it is drawn, its regions, its mapped memory BARs, and the notes under it.</summary>
    private sealed class Map(SimulationRun run, double x)
    {
        public SimulationRun Run { get; } = run;

        public double X { get; } = x;

        public IReadOnlyList<MapRegion> Regions { get; } = MemoryMap.Of(run);

        public IReadOnlyList<BarAssignment> Bars { get; } = run.Bars.Where(bar => bar.Placement is Placement.Low or Placement.High).ToList();

        /// <summary>What the map cannot show: the BARs that got no space and the I/O BARs.</summary>
        public List<(string Text, string Color)> Notes { get; } = NotesOf(run);

        private static List<(string Text, string Color)> NotesOf(SimulationRun run)
        {
            var notes = run.Bars
                .Where(bar => bar.Placement == Placement.Unmapped)
                .Select(bar => ($"no space: {bar.Bdf} {bar.Name} {Sizes.Describe(bar.Size)} (unmapped)", "#c62828"))
                .ToList();
            var io = run.Bars.Where(bar => bar.Placement == Placement.Io).ToList();
            if (io.Count > 0)
            {
                notes.Add(($"I/O ports: {io.Count} BAR(s) at {Hex.Of(io.Min(bar => bar.Base!.Value))}-{Hex.Of(io.Max(bar => bar.Base!.Value + bar.Size) - 1)}", "#444444"));
            }

            return notes;
        }
    }
}
