using System.Collections.Generic;
using System.Linq;
using FirmwareGuard.Calls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.Logging;

/// <summary>
/// What a message must print before a <c>[MustLog]</c> call (FG0103): the call's <c>[LogRole]</c>
/// arguments, and the symbols whose change undoes such a message — those values' symbols and the
/// receiver's, so a <c>[MustLog]</c> member without marked parameters needs a message after its object
/// was last assigned.
/// </summary>
internal sealed class RelocationRequirement
{
    private readonly List<RequiredValue> values;
    private readonly HashSet<ISymbol> undoneBy;

    private RelocationRequirement(List<RequiredValue> values, HashSet<ISymbol> undoneBy)
    {
        this.values = values;
        this.undoneBy = undoneBy;
    }

    public static RelocationRequirement Of(IInvocationOperation call)
    {
        var values = new List<RequiredValue>();
        var undoneBy = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is { } parameter && RoleResolver.AttributedRole(parameter) != LogRoles.None)
            {
                var symbols = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                ValueIdentity.CollectReadSymbols(argument.Value, symbols);
                if (symbols.Count > 0)
                {
                    values.Add(new RequiredValue(argument, symbols));
                    undoneBy.UnionWith(symbols);
                }
            }
        }

        if (call.Instance is { IsImplicit: false } receiver)
        {
            ValueIdentity.CollectReadSymbols(receiver, undoneBy);
        }

        return new RelocationRequirement(values, undoneBy);
    }

    /// <summary>The values to print, as written in the call, for the diagnostic's message.</summary>
    public IEnumerable<IArgumentOperation> Arguments => values.Select(value => value.Argument);

    public bool IsUndoneBy(ISymbol written) => undoneBy.Contains(written);

    /// <summary>
    /// True when every required value is printed by some argument that reads all of its symbols: directly,
    /// or through the locals the argument reads (whose definitions are looked at only when needed).
    /// </summary>
    public bool IsPrintedBy(ShimCall message, LocalDefinitions locals)
    {
        if (values.Count == 0)
        {
            return true;
        }

        if (values.All(value => message.Arguments.Any(argument => value.Symbols.All(symbol => ValueIdentity.Reads(argument.Value, symbol)))))
        {
            return true;
        }

        var throughLocals = message.Arguments.Select(argument => locals.ReadSymbols(argument.Value)).ToList();
        return values.All(value => throughLocals.Any(value.Symbols.IsSubsetOf));
    }

    private sealed class RequiredValue
    {
        public RequiredValue(IArgumentOperation argument, HashSet<ISymbol> symbols)
        {
            Argument = argument;
            Symbols = symbols;
        }

        public IArgumentOperation Argument { get; }

        public HashSet<ISymbol> Symbols { get; }
    }
}
