namespace FirmwareGuard.Firmware.Runtime;

/// <summary>Which part of its argument a slot carries: all of it, or one 32-bit half of a 64-bit value.</summary>
public enum SlotPart
{
    Whole,
    LowerHalf,
    UpperHalf,
}
