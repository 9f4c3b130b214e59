using System.Collections.Immutable;
using FirmwareGuard.Dialects;
using FirmwareGuard.Formats;
using FirmwareGuard.Shims;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.Calls;

/// <summary>
/// One call to a shim, read once: the shim and its dialect, the format (constant or not) with its
/// source mapping, and the variable arguments with their types as written.
/// </summary>
internal sealed class ShimCall
{
    public ShimCall(
        IInvocationOperation invocation,
        Shim shim,
        Dialect dialect,
        IOperation? formatValue,
        FormatAnalysis? format,
        ImmutableArray<ShimArgument> arguments,
        IOperation? argumentArray,
        FirmwareGuardContext firmwareGuard)
    {
        Invocation = invocation;
        Shim = shim;
        Dialect = dialect;
        FormatValue = formatValue;
        Format = format;
        Arguments = arguments;
        ArgumentArray = argumentArray;
        this.firmwareGuard = firmwareGuard;
    }

    private readonly FirmwareGuardContext firmwareGuard;

    public IInvocationOperation Invocation { get; }

    public Shim Shim { get; }

    public Dialect Dialect { get; }

    /// <summary>The expression passed as the format, or null when it is missing (incomplete code).</summary>
    public IOperation? FormatValue { get; }

    /// <summary>The format read by the dialect, or null when the format is not a compile-time constant.</summary>
    public FormatAnalysis? Format { get; }

    /// <summary>The variable arguments; empty when they arrive as an existing array.</summary>
    public ImmutableArray<ShimArgument> Arguments { get; }

    /// <summary>An existing array or span passed in place of the variable arguments (FG0008), or null.</summary>
    public IOperation? ArgumentArray { get; }

    /// <summary>True when every argument is known, so counts and types can be checked.</summary>
    public bool ArgumentsKnown => ArgumentArray is null;

    /// <summary>The argument C's printf would give the directive, or null (none passed, or <c>%%</c>).</summary>
    public ShimArgument? ValueArgumentOf(PlacedDirective directive) =>
        directive.ValueArgument >= 0 && directive.ValueArgument < Arguments.Length ? Arguments[directive.ValueArgument] : null;

    /// <summary>The argument whose slots include <paramref name="slot"/>, or null past the last one.</summary>
    public ShimArgument? ArgumentAtSlot(int slot)
    {
        foreach (var argument in Arguments)
        {
            if (slot >= argument.FirstSlot && slot < argument.FirstSlot + argument.Slots)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>True when the printer reads exactly the slots of the argument C would give the directive.</summary>
    public bool ReadsItsOwnArgument(PlacedDirective directive) =>
        ValueArgumentOf(directive) is { } argument
        && argument.FirstSlot == directive.FirstSlot
        && argument.Slots == directive.SlotsRead;

    /// <summary>
    /// True when the call is in a shim's body, where it goes unchecked (<see cref="ShimBody"/>). Asked
    /// only when a rule has something to say about the call.
    /// </summary>
    public bool IsUncheckedIn(ISymbol? containingSymbol) => firmwareGuard.IsExemptInShimBody(containingSymbol, Invocation);

    /// <summary>Where the directive is written: inside the literal when it can be traced, else the whole format expression.</summary>
    public Location Locate(PlacedDirective directive) =>
        FormatSource.Locate(directive.Behavior.Directive.Start, directive.Behavior.Directive.Length);

    private FormatSource? formatSource;

    /// <summary>Maps offsets in the format's value to source locations (built on first use: only when reporting).</summary>
    public FormatSource FormatSource => formatSource ??= new FormatSource(FormatValue!);
}
