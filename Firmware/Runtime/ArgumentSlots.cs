using System;
using System.Collections.Generic;

namespace FirmwareGuard.Firmware.Runtime;

/// <summary>
/// Lays C# arguments out as the 32-bit firmware's va_list would hold them: 8/16/32-bit integers,
/// char, bool and their enums take one slot (promoted as C does: signed types sign-extend, the others
/// zero-extend); 64-bit integers (and nint/nuint, 64-bit on the host) take two, lower word first;
/// float and double take two holding the double's bits (float is promoted); a string is a pointer
/// slot and null a NULL pointer slot. Anything else has no C meaning and is a fault.
/// </summary>
public static class ArgumentSlots
{
    public static IReadOnlyList<Slot> From(IReadOnlyList<object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var slots = new List<Slot>(arguments.Count);
        for (var index = 0; index < arguments.Count; index++)
        {
            Add(slots, arguments[index], index);
        }

        return slots;
    }

    private static void Add(List<Slot> slots, object? argument, int index)
    {
        switch (argument)
        {
            case null:
                slots.Add(Slot.Pointer(null, index));
                return;
            case string text:
                slots.Add(Slot.Pointer(text, index));
                return;
            case Enum value:
                Add(slots, Convert.ChangeType(value, value.GetTypeCode(), provider: null), index);
                return;
            case float value:
                AddWide(slots, unchecked((ulong)BitConverter.DoubleToInt64Bits(value)), index);
                return;
            case double value:
                AddWide(slots, unchecked((ulong)BitConverter.DoubleToInt64Bits(value)), index);
                return;
        }

        if (Narrow(argument) is { } narrow)
        {
            slots.Add(Slot.Integer(narrow, index));
        }
        else if (Wide(argument) is { } wide)
        {
            AddWide(slots, wide, index);
        }
        else
        {
            throw new FirmwareFault(
                $"argument {index} is a {argument.GetType().Name}, which has no C meaning: the firmware cannot lay it out in 32-bit slots",
                emitted: string.Empty);
        }
    }

    private static uint? Narrow(object argument) => argument switch
    {
        sbyte value => unchecked((uint)value),
        short value => unchecked((uint)value),
        int value => unchecked((uint)value),
        byte value => value,
        ushort value => value,
        uint value => value,
        char value => value,
        bool value => value ? 1u : 0u,
        _ => null,
    };

    private static ulong? Wide(object argument) => argument switch
    {
        long value => unchecked((ulong)value),
        ulong value => value,
        nint value => unchecked((ulong)(long)value),
        nuint value => value,
        _ => null,
    };

    private static void AddWide(List<Slot> slots, ulong value, int index)
    {
        slots.Add(Slot.Integer(unchecked((uint)value), index, SlotPart.LowerHalf));
        slots.Add(Slot.Integer((uint)(value >> 32), index, SlotPart.UpperHalf));
    }
}
