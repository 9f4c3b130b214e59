using System.Globalization;

namespace FirmwareGuard.Firmware.Runtime;

/// <summary>
/// One 32-bit slot of the firmware's argument list: an integer, or a pointer to a string
/// (<see cref="Text"/> is null for a NULL pointer). <see cref="Argument"/> and <see cref="Part"/>
/// say which C# argument it came from.
/// </summary>
public readonly record struct Slot(SlotKind Kind, uint Value, string? Text, int Argument, SlotPart Part)
{
    public static Slot Integer(uint value, int argument, SlotPart part = SlotPart.Whole) =>
        new(SlotKind.Integer, value, null, argument, part);

    public static Slot Pointer(string? text, int argument) =>
        new(SlotKind.Pointer, 0, text, argument, SlotPart.Whole);

    /// <summary>What the slot holds, for a fault message.</summary>
    public string Describe()
    {
        var origin = Part switch
        {
            SlotPart.LowerHalf => $"the lower half of argument {Argument}",
            SlotPart.UpperHalf => $"the upper half of argument {Argument}",
            _ => $"argument {Argument}",
        };
        var content = Kind == SlotKind.Integer
            ? "the integer 0x" + Value.ToString("x", CultureInfo.InvariantCulture)
            : Text is null ? "a NULL pointer" : "a pointer to the string \"" + Text + "\"";
        return $"{origin}, {content}";
    }
}
