using System;
using System.Collections.Generic;
using System.Linq;

namespace FirmwareGuard.Tests.CodeFixes.OutputPreservation;

/// <summary>
/// The input vectors every generated call runs on: each of the edge values in every slot, then
/// mixtures of edge values, small values (so checked narrowings also succeed) and random bits.
/// </summary>
public static class InputSets
{
    public const int Count = 24;

    private static readonly ulong[] Edges =
    {
        0,
        1,
        0xFFFF_FFFF,
        0x1_0000_0000,
        ulong.MaxValue,
        0x7FFF_FFFF,
        0x8000_0000,
        unchecked((ulong)long.MinValue),
        0x7FFF_FFFF_FFFF_FFFF,
        unchecked((ulong)-(1L << 32)),
        unchecked((ulong)-5L),
        0x1234_5678_9ABC_DEF0,
    };

    public static IReadOnlyList<ulong[]> Create(int seed)
    {
        var random = new Random(seed);
        var sets = Edges.Select(edge => Enumerable.Repeat(edge, CallGenerator.InputCount).ToArray()).ToList();
        while (sets.Count < Count)
        {
            sets.Add(Enumerable.Range(0, CallGenerator.InputCount).Select(_ => random.Next(3) switch
            {
                0 => Edges[random.Next(Edges.Length)],
                1 => (ulong)random.Next(0, 100_000),
                _ => unchecked((ulong)random.NextInt64() ^ ((ulong)random.Next() << 40)),
            }).ToArray());
        }

        return sets;
    }
}
