using System.Collections.Generic;
using System.Linq;
using FirmwareGuard.Calls;
using FirmwareGuard.Shims;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.FirmwareLog;

/// <summary>
/// What a message must print before a <c>[MustLog]</c> call (FG0103): the call's <c>[LogRole]</c>
/// arguments, and the symbols whose change undoes such a message — those values' symbols and the
/// receiver's, so a <c>[MustLog]</c> member without marked parameters needs a message after its object
/// was last assigned.
/// </summary>
internal sealed class RelocationRequirement
{
    private readonly List<RequiredValue> values;

    /// <summary>The symbols of the values, value after value, then the receiver's: the writes that undo a message.</summary>
    private readonly List<ISymbol> symbols;
    private readonly LocalDefinitions locals;

    private RelocationRequirement(List<RequiredValue> values, List<ISymbol> symbols, LocalDefinitions locals)
    {
        this.values = values;
        this.symbols = symbols;
        this.locals = locals;
    }

    /// <summary>
    /// The requirement of a call in the function whose locals are <paramref name="locals"/>. Every
    /// <c>[MustLog]</c> call builds one, so the values share one list of symbols.
    /// </summary>
    public static RelocationRequirement Of(IInvocationOperation call, Callee callee, LocalDefinitions locals)
    {
        var values = new List<RequiredValue>(callee.LoggedParameters.Length);
        var symbols = new List<ISymbol>(callee.LoggedParameters.Length + 1);
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is { } parameter && callee.LoggedParameters.Contains(parameter.Ordinal))
            {
                var start = symbols.Count;
                ValueIdentity.CollectReadSymbols(argument.Value, symbols);
                if (symbols.Count > start)
                {
                    values.Add(new RequiredValue(argument, start, symbols.Count - start));
                }
            }
        }

        if (call.Instance is { IsImplicit: false } receiver)
        {
            ValueIdentity.CollectReadSymbols(receiver, symbols);
        }

        return new RelocationRequirement(values, symbols, locals);
    }

    /// <summary>The values to print, as written in the call, for the diagnostic's message.</summary>
    public IEnumerable<IArgumentOperation> Arguments => values.Select(value => value.Argument);

    /// <summary>Whether writing the symbol undoes the message: it is one of the values, or a <c>ref</c> local bound to one.</summary>
    public bool IsUndoneBy(ISymbol written) =>
        IsOneOfTheValues(written) || (written is ILocalSymbol { IsRef: true } alias && locals.IsBoundTo(alias, IsOneOfTheValues));

    /// <summary>The write and the values are of one function's operations, so symbols are compared by reference (<see cref="ValueIdentity.Reads"/>).</summary>
    private bool IsOneOfTheValues(ISymbol written)
    {
        foreach (var symbol in symbols)
        {
            if (ReferenceEquals(symbol, written))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when every required value is printed by some argument that reads all of its symbols: directly,
    /// or through the locals the argument reads (whose definitions are looked at only when needed). An
    /// argument no directive reads (FG0004) prints nothing.
    /// </summary>
    public bool IsPrintedBy(ShimCall message)
    {
        if (IsPrintedDirectlyBy(message))
        {
            return true;
        }

        var throughLocals = message.Arguments.Where(argument => IsPrinted(message, argument)).Select(argument => locals.ReadSymbols(argument.Value)).ToList();
        return values.All(value => throughLocals.Any(read => SymbolsOf(value).All(read.Contains)));
    }

    /// <summary>The common case, checked without allocating: each value's symbols read by one argument as written.</summary>
    private bool IsPrintedDirectlyBy(ShimCall message)
    {
        foreach (var value in values)
        {
            if (!IsPrintedDirectlyBy(message, value))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsPrintedDirectlyBy(ShimCall message, RequiredValue value)
    {
        foreach (var argument in message.Arguments)
        {
            if (IsPrinted(message, argument) && ReadsAll(argument.Value, value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a directive reads the argument; with a format that is not constant, any may.</summary>
    private static bool IsPrinted(ShimCall message, ShimArgument argument) =>
        message.Format is not { } format || argument.Index < format.IntendedArgumentCount;

    private bool ReadsAll(IOperation printed, RequiredValue value)
    {
        for (var i = value.Start; i < value.Start + value.Count; i++)
        {
            if (!ValueIdentity.Reads(printed, symbols[i]))
            {
                return false;
            }
        }

        return true;
    }

    private IEnumerable<ISymbol> SymbolsOf(RequiredValue value) => symbols.Skip(value.Start).Take(value.Count);

    /// <summary>A value to print: its argument, and where its symbols are in the requirement's list.</summary>
    private readonly struct RequiredValue
    {
        public RequiredValue(IArgumentOperation argument, int start, int count)
        {
            Argument = argument;
            Start = start;
            Count = count;
        }

        public IArgumentOperation Argument { get; }

        public int Start { get; }

        public int Count { get; }
    }
}
