using System.Collections.Generic;
using System.Linq;
using FirmwareGuard.Firmware.Hvmloader;
using FirmwareGuard.Firmware.Platform;
using FirmwareGuard.Firmware.Simulation;

namespace FirmwareGuard.Firmware.Reports;

/// <summary>
/// The guest's physical memory map after pci_setup, in address order: RAM (split where hvmloader put
/// relocated RAM), the low MMIO hole and the span of the BARs above 4 GiB. Empty without hvmloader.
/// </summary>
public static class MemoryMap
{
    public static IReadOnlyList<MapRegion> Of(SimulationRun run)
    {
        if (run.Setup is not { } setup)
        {
            return [];
        }

        var relocated = run.Moves.Select(move => (Start: Address(move.To), End: Address(move.To + (ulong)move.Pages))).ToList();
        var regions = run.Ram.SelectMany(range => Split(Address(range.First), Address(range.End), relocated)).ToList();
        regions.Add(new MapRegion(setup.PciMemStart, setup.PciMemEnd, RegionKind.LowMmioHole));
        var high = setup.Bars.Where(bar => bar.Placement == Placement.High).ToList();
        if (high.Count > 0)
        {
            regions.Add(new MapRegion(high.Min(bar => bar.Base!.Value), high.Max(bar => bar.Base!.Value + bar.Size), RegionKind.HighMmio));
        }

        return Merged(regions.OrderBy(region => region.Start));
    }

    /// <summary>One line saying what the map's words mean.</summary>
    public const string Glossary =
        "low MMIO hole = room below 4 GiB kept free of RAM for 32-bit BARs; 64-bit MMIO = BARs above 4 GiB; "
        + "*_mem_pgend = where RAM ends below/above 4 GiB, in 4 KiB pages (0x100000 = 4 GiB).";

    /// <summary>Joins neighbours of one kind, such as RAM relocated in several chunks.</summary>
    private static List<MapRegion> Merged(IEnumerable<MapRegion> sorted)
    {
        var merged = new List<MapRegion>();
        foreach (var region in sorted)
        {
            if (merged.Count > 0 && merged[^1].Kind == region.Kind && merged[^1].End == region.Start)
            {
                merged[^1] = merged[^1] with { End = region.End };
            }
            else
            {
                merged.Add(region);
            }
        }

        return merged;
    }

    private static ulong Address(ulong page) => page << DomainBuilder.PageShift;

    /// <summary>RAM [start, end) as plain and relocated regions; the relocated ranges lie inside RAM.</summary>
    private static IEnumerable<MapRegion> Split(ulong start, ulong end, List<(ulong Start, ulong End)> relocated)
    {
        var position = start;
        foreach (var moved in relocated.Where(moved => moved.Start >= start && moved.End <= end).OrderBy(moved => moved.Start))
        {
            if (moved.Start > position)
            {
                yield return new MapRegion(position, moved.Start, RegionKind.Ram);
            }

            yield return new MapRegion(moved.Start, moved.End, RegionKind.RelocatedRam);
            position = moved.End;
        }

        if (position < end)
        {
            yield return new MapRegion(position, end, RegionKind.Ram);
        }
    }
}
