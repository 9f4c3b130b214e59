using System;
using System.Collections.Generic;
using System.Linq;

namespace FirmwareGuard.Firmware.Platform;

/// <summary>
/// The guest's physmap: which guest frames hold RAM, kept as sorted, merged ranges. The hypervisor
/// moves frames with XENMEM_add_to_physmap (gmfn_range).
/// </summary>
public sealed class GuestMemory
{
    private readonly List<PageRange> ranges = [];

    public IReadOnlyList<PageRange> Ranges => ranges;

    public ulong TotalPages => ranges.Aggregate(0ul, (total, range) => total + range.Count);

    public void Populate(PageRange range)
    {
        if (range.Count == 0)
        {
            return;
        }

        ranges.Add(range);
        Normalize();
    }

    public bool IsPopulated(PageRange range) =>
        ranges.Any(held => held.First <= range.First && range.End <= held.End);

    public bool IsFree(PageRange range) =>
        ranges.All(held => held.End <= range.First || range.End <= held.First);

    /// <summary>Moves populated frames to free ones; false (nothing moved) when either side is wrong.</summary>
    public bool Move(PageRange source, ulong destination)
    {
        var target = new PageRange(destination, source.Count);
        if (source.Count == 0 || !IsPopulated(source) || !IsFree(target))
        {
            return false;
        }

        var remaining = new List<PageRange>();
        foreach (var held in ranges)
        {
            if (held.First < source.First)
            {
                remaining.Add(Between(held.First, Math.Min(held.End, source.First)));
            }

            if (held.End > source.End)
            {
                remaining.Add(Between(Math.Max(held.First, source.End), held.End));
            }
        }

        ranges.Clear();
        ranges.AddRange(remaining);
        ranges.Add(target);
        Normalize();
        return true;
    }

    private static PageRange Between(ulong first, ulong end) => new(first, end - first);

    private void Normalize()
    {
        var sorted = ranges.OrderBy(range => range.First).ToList();
        ranges.Clear();
        foreach (var range in sorted)
        {
            if (ranges.Count > 0 && ranges[^1].End == range.First)
            {
                ranges[^1] = new PageRange(ranges[^1].First, ranges[^1].Count + range.Count);
            }
            else
            {
                ranges.Add(range);
            }
        }
    }
}
