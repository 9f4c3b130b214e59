using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.FirmwareLog;

/// <summary>
/// The values a method assigns to each of its locals, so that a message printing a local counts as
/// printing what the local was computed from: after <c>var from = (ulong)low &lt;&lt; 12;</c>, printing
/// <c>from</c> prints <c>low</c>. The body is read the first time a local's definitions are asked for.
/// </summary>
internal sealed class LocalDefinitions
{
    private readonly IOperation body;
    private Dictionary<ILocalSymbol, List<IOperation>>? definitions;

    public LocalDefinitions(IOperation body)
    {
        this.body = body;
    }

    private Dictionary<ILocalSymbol, List<IOperation>> Definitions => definitions ??= Read(body);

    private static Dictionary<ILocalSymbol, List<IOperation>> Read(IOperation body)
    {
        var definitions = new Dictionary<ILocalSymbol, List<IOperation>>(SymbolEqualityComparer.Default);
        foreach (var operation in body.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation { Initializer.Value: { } initial } declarator:
                    Add(definitions, declarator.Symbol, initial);
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment:
                    Add(definitions, target.Local, assignment.Value);
                    break;
            }
        }

        return definitions;
    }

    /// <summary>The symbols an expression reads, and, through locals, the symbols their values were computed from.</summary>
    public HashSet<ISymbol> ReadSymbols(IOperation expression)
    {
        var symbols = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var pending = new Stack<IOperation>();
        pending.Push(expression);
        var expanded = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        while (pending.Count > 0)
        {
            var read = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            ValueIdentity.CollectReadSymbols(pending.Pop(), read);
            foreach (var symbol in read)
            {
                symbols.Add(symbol);
                if (symbol is ILocalSymbol local && expanded.Add(local) && Definitions.TryGetValue(local, out var values))
                {
                    foreach (var value in values)
                    {
                        pending.Push(value);
                    }
                }
            }
        }

        return symbols;
    }

    /// <summary>
    /// Whether a <c>ref</c> local is bound to a variable the test accepts: <c>ref var slot = ref bar.Base</c>
    /// is bound to <c>Base</c>, <c>ref var entry = ref table[i]</c> to <c>table</c>.
    /// </summary>
    public bool IsBoundTo(ILocalSymbol refLocal, System.Func<ISymbol, bool> test)
    {
        if (!Definitions.TryGetValue(refLocal, out var values))
        {
            return false;
        }

        foreach (var value in values)
        {
            if (VariableOf(value) is { } variable && test(variable))
            {
                return true;
            }
        }

        return false;
    }

    private static ISymbol? VariableOf(IOperation reference)
    {
        reference = ValueIdentity.WithoutConversions(reference);
        return reference is IArrayElementReferenceOperation element ? VariableOf(element.ArrayReference) : ValueIdentity.SymbolOf(reference);
    }

    private static void Add(Dictionary<ILocalSymbol, List<IOperation>> definitions, ILocalSymbol local, IOperation value)
    {
        if (!definitions.TryGetValue(local, out var values))
        {
            definitions[local] = values = new List<IOperation>();
        }

        values.Add(value);
    }
}
