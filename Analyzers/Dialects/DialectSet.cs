using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace FirmwareGuard.Dialects;

/// <summary>The dialects a compilation can name: the built-in ones, then any from the project's dialect files.</summary>
internal sealed class DialectSet
{
    private readonly Dictionary<string, Dialect> byName = new(StringComparer.OrdinalIgnoreCase);

    public DialectSet(ImmutableArray<Dialect> dialects)
    {
        foreach (var dialect in dialects)
        {
            byName[dialect.Name] = dialect;
        }
    }

    public static DialectSet BuiltIn { get; } = new(BuiltInDialects.All);

    public bool TryGet(string name, out Dialect dialect) => byName.TryGetValue(name, out dialect!);

    public IEnumerable<string> Names => byName.Keys;
}
