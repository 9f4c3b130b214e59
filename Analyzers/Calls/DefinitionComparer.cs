using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Calls;

/// <summary>
/// Compares symbol definitions (<see cref="ISymbol.OriginalDefinition"/>) by reference: within one
/// compilation a definition is one object. Cheaper than <see cref="SymbolEqualityComparer"/>, which
/// every invocation would pay for in the caches keyed by the called method.
/// </summary>
internal sealed class DefinitionComparer : IEqualityComparer<ISymbol>
{
    public static readonly DefinitionComparer Instance = new();

    private DefinitionComparer()
    {
    }

    public bool Equals(ISymbol? x, ISymbol? y) => ReferenceEquals(x, y);

    public int GetHashCode(ISymbol obj) => RuntimeHelpers.GetHashCode(obj);
}
