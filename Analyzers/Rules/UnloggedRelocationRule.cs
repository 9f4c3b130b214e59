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
    public static void Analyze(in OperationBlockAnalysisContext context, MessageFlow flow)
    {
        foreach (var block in flow.Graph.Blocks)
        {
            foreach (var flowEvent in flow.Events[block.Ordinal])
            {
                if (flowEvent.MustLogCall is { } call)
                {
                    Check(context, flow, block, flowEvent, call);
                }
            }
        }
    }

    private static void Check(in OperationBlockAnalysisContext context, MessageFlow flow, BasicBlock callBlock, FlowEvent callEvent, IInvocationOperation call)
    {
        var required = RequiredValues(call);
        var logged = LoggedOnEntry(flow, required);
        var state = logged[callBlock.Ordinal];
        foreach (var flowEvent in flow.Events[callBlock.Ordinal])
        {
            if (flowEvent == callEvent)
            {
                break;
            }

            state = Transfer(state, flowEvent, required);
        }

        if (state)
        {
            return;
        }

        var names = required.Count == 0
            ? "a message"
            : string.Join(", ", required.Select(r => Wording.Code(r.Argument.Value.Syntax.ToString())));
        context.ReportDiagnostic(Diagnostic.Create(
            Descriptors.UnloggedRelocation,
            call.Syntax.GetLocation(),
            Wording.Code(call.TargetMethod.Name),
            Wording.Code(context.OwningSymbol.Name),
            names));
    }

    /// <summary>Whether, on entry to each block, every path has logged the call's values since they last changed.</summary>
    private static bool[] LoggedOnEntry(MessageFlow flow, List<RequiredValue> required)
    {
        var blocks = flow.Graph.Blocks;
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
                var exit = entry;
                foreach (var flowEvent in flow.Events[block.Ordinal])
                {
                    exit = Transfer(exit, flowEvent, required);
                }

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

    private static bool Transfer(bool logged, FlowEvent flowEvent, List<RequiredValue> required) => flowEvent.Kind switch
    {
        FlowEventKind.Message when Covers(flowEvent.Message!, required) => true,
        FlowEventKind.Write when required.Any(r => r.Symbols.Contains(flowEvent.Written!)) => false,
        _ => logged,
    };

    /// <summary>True when every required value is printed by some argument that reads all of its symbols.</summary>
    private static bool Covers(ShimCall message, List<RequiredValue> required)
    {
        foreach (var value in required)
        {
            var printed = message.Arguments.Any(argument =>
            {
                var read = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                ValueIdentity.CollectReadSymbols(argument.Value, read);
                return value.Symbols.IsSubsetOf(read);
            });
            if (!printed)
            {
                return false;
            }
        }

        return true;
    }

    private static List<RequiredValue> RequiredValues(IInvocationOperation call)
    {
        var required = new List<RequiredValue>();
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is { } parameter && RoleResolver.AttributedRole(parameter) != LogRoles.None)
            {
                var symbols = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                ValueIdentity.CollectReadSymbols(argument.Value, symbols);
                if (symbols.Count > 0)
                {
                    required.Add(new RequiredValue(argument, symbols));
                }
            }
        }

        return required;
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
