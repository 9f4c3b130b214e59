using FirmwareGuard.Dialects;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Calls;

/// <summary>
/// One variable argument of a shim call, as written (before boxing or the params conversion). A value
/// kept inline in the call's argument array: every shim call has several, and none outlives its call.
/// </summary>
internal readonly struct ShimArgument
{
    public ShimArgument(int index, IOperation value, Dialect dialect, int firstSlot)
    {
        Index = index;
        Value = value;
        Class = ArgumentClassifier.Classify(value, dialect.PointerArguments);
        Slots = ArgumentClassifier.SlotsOf(Class, dialect.SlotBytes);
        FirstSlot = firstSlot;
    }

    /// <summary>Position among the variable arguments.</summary>
    public int Index { get; }

    public IOperation Value { get; }

    public ITypeSymbol? Type => Value.Type;

    public ArgumentClass Class { get; }

    public int Slots { get; }

    /// <summary>Index of the first slot it occupies in the printer's argument list.</summary>
    public int FirstSlot { get; }

    public SyntaxNode Syntax => Value.Syntax;

    public Location Location => Value.Syntax.GetLocation();
}
