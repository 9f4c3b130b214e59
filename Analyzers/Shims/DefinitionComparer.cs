using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Shims;

/// <summary>
/// Compares symbol definitions (<see cref="ISymbol.OriginalDefinition"/>) by reference: within one
/// compilation a definition is one object. Cheaper than <see cref="SymbolEqualityComparer"/> for the
/// caches asked on every call: called methods, printed members, inferred wrappers.
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
