using FirmwareGuard.Calls;
using FirmwareGuard.Dialects;

namespace FirmwareGuard.Rules;

/// <summary>
/// Says what the printer actually takes at a directive, from the slots it reads rather than the
/// argument C would give it: "prints `barData`", "prints the upper half of `barSz`",
/// "reads `x` as a string pointer", "reads whatever lies past the last argument".
/// </summary>
internal static class SlotReading
{
    private const string PastTheEnd = "whatever lies past the last argument";

    public static string Describe(ShimCall call, PlacedDirective directive)
    {
        var low = SlotText(call, directive.FirstSlot);
        if (low is null)
        {
            return IsString(directive) ? $"dereferences {PastTheEnd} as a string pointer" : $"reads {PastTheEnd}";
        }

        if (directive.SlotsRead == 2)
        {
            var owner = call.ArgumentAtSlot(directive.FirstSlot)!.Value;
            return owner.Slots == 2 && owner.FirstSlot == directive.FirstSlot
                ? $"prints {Wording.Code(owner)}"
                : $"prints {low} and {InSlot(call, directive.FirstSlot + 1)} as one 64-bit number";
        }

        return IsString(directive) ? $"reads {low} as a string pointer" : $"prints {low}";
    }

    /// <summary>The argument, or half of one, in a slot, or what lies past the last argument.</summary>
    public static string InSlot(ShimCall call, int slot) => SlotText(call, slot) ?? PastTheEnd;

    /// <summary>The argument, or half of one, in a slot; null past the last argument.</summary>
    private static string? SlotText(ShimCall call, int slot)
    {
        if (call.ArgumentAtSlot(slot) is not { } owner)
        {
            return null;
        }

        if (owner.Slots == 1)
        {
            return Wording.Code(owner);
        }

        return (slot == owner.FirstSlot ? "the lower half of " : "the upper half of ") + Wording.Code(owner);
    }

    private static bool IsString(PlacedDirective directive) => directive.Behavior.Spec?.Kind == ConversionKind.String;
}
