using System.Collections.Generic;
using System.Linq;
using FirmwareGuard.Calls;
using FirmwareGuard.Catalog;
using FirmwareGuard.Logging;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.Rules;

/// <summary>
/// FG0103: a call to a <c>[MustLog]</c> member that is not preceded, on every path through the method,
/// by a message printing each of its <c>[LogRole]</c> arguments (the same symbols, or values computed
/// from them) with no write to those symbols in between. A forward "must" analysis over the
/// control-flow graph, one per call.
/// </summary>
internal static class UnloggedRelocationRule
{
    /// <summary>Checks the <c>[MustLog]</c> call being analysed (and reports only on it, so the diagnostic stays local to it).</summary>
    public static void Analyze(in OperationAnalysisContext context, MessageFlow flow, IOperation body, IInvocationOperation analysed)
    {
        foreach (var block in flow.Graph.Blocks)
        {
            foreach (var flowEvent in flow.Events[block.Ordinal])
            {
                if (flowEvent.MustLogCall is { } call && call.Syntax == analysed.Syntax)
                {
                    Check(context, flow, new LocalDefinitions(body), block, flowEvent, call);
                    return;
                }
            }
        }
    }

    private static void Check(in OperationAnalysisContext context, MessageFlow flow, LocalDefinitions locals, BasicBlock callBlock, FlowEvent callEvent, IInvocationOperation call)
    {
        var required = RequiredValues(call);
        var logged = LoggedOnEntry(flow, required, locals);
        var beforeCall = flow.Events[callBlock.Ordinal].TakeWhile(flowEvent => flowEvent != callEvent);
        if (Effect(beforeCall, required, locals) ?? logged[callBlock.Ordinal])
        {
            return;
        }

        var names = required.Values.Count == 0
            ? "a message"
            : string.Join(", ", required.Values.Select(r => Wording.Code(r.Argument.Value.Syntax.ToString())));
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.UnloggedRelocation,
            call.Syntax.GetLocation(),
            Wording.Code(call.TargetMethod.Name),
            Wording.Code(context.ContainingSymbol.Name),
            names));
    }

    /// <summary>Whether, on entry to each block, every path has logged the call's values since they last changed.</summary>
    private static bool[] LoggedOnEntry(MessageFlow flow, Requirement required, LocalDefinitions locals)
    {
        var blocks = flow.Graph.Blocks;
        var effects = blocks.Select(block => Effect(flow.Events[block.Ordinal], required, locals)).ToArray();
        var onEntry = Enumerable.Repeat(true, blocks.Length).ToArray();
        var onExit = Enumerable.Repeat(true, blocks.Length).ToArray();
        onEntry[0] = false;
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var block in blocks)
            {
                var predecessors = flow.Predecessors[block.Ordinal];
                var entry = block.Kind != BasicBlockKind.Entry && predecessors.Length > 0 && predecessors.All(p => onExit[p.Ordinal]);
                var exit = effects[block.Ordinal] ?? entry;
                if (entry != onEntry[block.Ordinal] || exit != onExit[block.Ordinal])
                {
                    onEntry[block.Ordinal] = entry;
                    onExit[block.Ordinal] = exit;
                    changed = true;
                }
            }
        }

        return onEntry;
    }

    /// <summary>
    /// What a run of events does to "logged", worked out once so the fixed point does not read the
    /// messages again: true when it ends logged, false when it ends undone, null when it leaves it as it was.
    /// </summary>
    private static bool? Effect(IEnumerable<FlowEvent> events, Requirement required, LocalDefinitions locals)
    {
        bool? effect = null;
        foreach (var flowEvent in events)
        {
            effect = Transfer(effect, flowEvent, required, locals);
        }

        return effect;
    }

    private static bool? Transfer(bool? logged, FlowEvent flowEvent, Requirement required, LocalDefinitions locals) => flowEvent.Kind switch
    {
        FlowEventKind.Message when Covers(flowEvent.Message!, required.Values, locals) => true,
        FlowEventKind.Write when required.UndoneBy.Contains(flowEvent.Written!) => false,
        _ => logged,
    };

    /// <summary>True when every required value is printed by some argument that reads all of its symbols (directly or through locals).</summary>
    private static bool Covers(ShimCall message, List<RequiredValue> required, LocalDefinitions locals)
    {
        if (required.Count == 0)
        {
            return true;
        }

        var printed = message.Arguments.Select(argument => locals.ReadSymbols(argument.Value)).ToList();
        return required.All(value => printed.Any(symbols => value.Symbols.IsSubsetOf(symbols)));
    }

    /// <summary>
    /// The <c>[LogRole]</c> arguments a message must print, and the symbols whose change undoes a message:
    /// those values' symbols and the receiver's (so a <c>[MustLog]</c> member without marked parameters
    /// needs a message after its object was last assigned).
    /// </summary>
    private static Requirement RequiredValues(IInvocationOperation call)
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

        return new Requirement(values, undoneBy);
    }

    private sealed class Requirement
    {
        public Requirement(List<RequiredValue> values, HashSet<ISymbol> undoneBy)
        {
            Values = values;
            UndoneBy = undoneBy;
        }

        public List<RequiredValue> Values { get; }

        public HashSet<ISymbol> UndoneBy { get; }
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
