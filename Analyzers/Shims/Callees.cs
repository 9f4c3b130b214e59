using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Shims;

/// <summary>The <see cref="Callee"/> of each method called in a compilation, worked out the first time it is called.</summary>
internal sealed class Callees
{
    private static readonly Func<IMethodSymbol, Callee> describe = Callee.Of;

    private readonly ConcurrentDictionary<IMethodSymbol, Callee> known = new(DefinitionComparer.Instance);

    public Callee Of(IMethodSymbol method) => known.GetOrAdd(method.OriginalDefinition, describe);
}
