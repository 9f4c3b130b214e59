using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Shims;

/// <summary>
/// The <see cref="Callee"/> of each method called in a compilation, worked out the first time it is
/// called; every invocation asks.
/// </summary>
internal sealed class Callees
{
    private readonly DefinitionCache<IMethodSymbol, Callee> known = new(Callee.Of);

    public Callee Of(IMethodSymbol method) => known.Of(method);
}
