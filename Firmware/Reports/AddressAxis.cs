using System;
using System.Collections.Generic;
using System.Linq;

namespace FirmwareGuard.Firmware.Reports;

/// <summary>
/// A broken, log-like address axis for drawing memory maps: only the marked addresses are placed, and
/// the span between two neighbours is drawn taller the longer it is, by the logarithm of its length, so
/// a 256-byte BAR and 64 GiB of RAM both show. Addresses grow upwards from <see cref="Bottom"/>.
/// </summary>
internal sealed class AddressAxis
{
    private const double MinimumSpan = 14;
    private const double PerDoubling = 3.5;
    private const int SmallestShift = 8;

    private readonly Dictionary<ulong, double> heights = [];

    public AddressAxis(IEnumerable<ulong> marks, double top)
    {
        Marks = marks.Distinct().Order().ToList();
        var height = 0.0;
        heights[Marks.Count > 0 ? Marks[0] : 0] = 0;
        foreach (var (low, high) in Marks.Zip(Marks.Skip(1)))
        {
            height += MinimumSpan + (PerDoubling * Math.Max(0, Math.Log2(high - low) - SmallestShift));
            heights[high] = height;
        }

        Top = top;
        Bottom = top + height;
    }

    /// <summary>The addresses placed on the axis, in order.</summary>
    public IReadOnlyList<ulong> Marks { get; }

    public double Top { get; }

    public double Bottom { get; }

    /// <summary>Where a marked address is drawn.</summary>
    public double Y(ulong mark) => Bottom - heights[mark];
}
