namespace FirmwareGuard.Dialects;

/// <summary>
/// A directive with its place in the call: which arguments C would give it and where the printer's
/// slot cursor stands when it gets there. Depends only on the format, so it is computed once per format.
/// </summary>
internal sealed class PlacedDirective
{
    public PlacedDirective(DirectiveBehavior behavior, int index, int firstArgument, int firstSlot)
    {
        Behavior = behavior;
        Index = index;
        FirstArgument = firstArgument;
        FirstSlot = firstSlot;
    }

    public DirectiveBehavior Behavior { get; }

    /// <summary>Position among the format's directives.</summary>
    public int Index { get; }

    /// <summary>Index of the first argument C's printf would give this directive.</summary>
    public int FirstArgument { get; }

    /// <summary>The argument C prints for this directive (after any <c>*</c> arguments), or -1 for <c>%%</c>.</summary>
    public int ValueArgument => Behavior.IntendedArgumentCount > 0 ? FirstArgument + Behavior.IntendedArgumentCount - 1 : -1;

    /// <summary>The printer's slot cursor when it reaches this directive.</summary>
    public int FirstSlot { get; }

    public int SlotsRead => Behavior.SlotsRead;

    public string Text => Behavior.Directive.Text;
}
