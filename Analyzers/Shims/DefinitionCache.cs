using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Shims;

/// <summary>
/// A value worked out once per symbol definition in a compilation. Only definitions are keys, so the
/// cache cannot grow with constructed symbols. Most symbols asked about are their own definition (a
/// member of a type that is not generic), so a symbol is looked up as it is first and its definition
/// is asked for only on a miss: these caches are asked on every call, and the definition is one more
/// object to read.
/// </summary>
internal sealed class DefinitionCache<TSymbol, TValue>
    where TSymbol : class, ISymbol
{
    private readonly ConcurrentDictionary<TSymbol, TValue> known = new(DefinitionComparer.Instance);
    private readonly Func<TSymbol, TValue> compute;

    /// <param name="compute">Works out the value of a definition.</param>
    public DefinitionCache(Func<TSymbol, TValue> compute)
    {
        this.compute = compute;
    }

    public TValue Of(TSymbol symbol) =>
        known.TryGetValue(symbol, out var value) ? value : known.GetOrAdd((TSymbol)symbol.OriginalDefinition, compute);
}
