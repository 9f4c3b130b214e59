using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Shims;

/// <summary>
/// The <see cref="Callee"/> of each method called in a compilation, worked out the first time it is
/// called. Methods are kept by definition. Most calls go to a definition (a method that is not
/// generic, in a type that is not), so a call looks up the method it names first, and asks for the
/// definition only when that misses: every invocation asks, and the definition is one more object to
/// read.
/// </summary>
internal sealed class Callees
{
    private static readonly Func<IMethodSymbol, Callee> describe = Callee.Of;

    private readonly ConcurrentDictionary<IMethodSymbol, Callee> known = new(DefinitionComparer.Instance);

    public Callee Of(IMethodSymbol method) =>
        known.TryGetValue(method, out var callee) ? callee : known.GetOrAdd(method.OriginalDefinition, describe);
}
