using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Configuration;

/// <summary>
/// The dialect names a compilation uses that no dialect has (FG0903): each <c>[PrintfShim]</c>
/// argument in source that names one, and for every other unknown name the first call that uses it
/// (first in file path and position order, so the report does not depend on analysis order).
/// </summary>
internal sealed class UnknownDialectUses
{
    private readonly ConcurrentBag<UnknownDialectUse> attributes = new();
    private readonly ConcurrentDictionary<string, UnknownDialectUse> firstCalls = new(StringComparer.OrdinalIgnoreCase);

    public void AddAttribute(UnknownDialectUse use) => attributes.Add(use);

    public void AddCall(UnknownDialectUse use) =>
        firstCalls.AddOrUpdate(use.Name, use, (_, known) => Comes(use, before: known) ? use : known);

    /// <summary>One use per unknown name (an attribute argument where source names it, else the first call), then every further attribute.</summary>
    public IEnumerable<UnknownDialectUse> ToReport()
    {
        var named = new HashSet<string>(attributes.Select(a => a.Name), StringComparer.OrdinalIgnoreCase);
        return attributes.Concat(firstCalls.Values.Where(c => !named.Contains(c.Name)));
    }

    private static bool Comes(UnknownDialectUse use, UnknownDialectUse before)
    {
        var path = string.CompareOrdinal(use.Location.SourceTree?.FilePath, before.Location.SourceTree?.FilePath);
        return path < 0 || (path == 0 && use.Location.SourceSpan.Start < before.Location.SourceSpan.Start);
    }
}
