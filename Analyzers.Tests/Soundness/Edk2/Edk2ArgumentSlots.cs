using System;
using System.Collections.Generic;
using System.Text;

namespace FirmwareGuard.Tests.Soundness.Edk2;

/// <summary>
/// Lays C# arguments out as EDK2's <c>VA_LIST</c> holds them. IA32: a 64-bit integer (<c>long</c>,
/// <c>ulong</c>, <c>nint</c>, <c>nuint</c>, an enum over one) and a <c>double</c> (a <c>float</c> is
/// promoted) take two 4-byte slots, low word first; every other argument one. X64: every argument
/// takes one 8-byte slot, and a value of 32 bits or fewer leaves the upper half unspecified, filled
/// here with <see cref="Poison"/> so that a 64-bit read of it prints the same garbage every time.
/// Smaller integers are promoted as C does (signed types sign-extend). <c>string</c> and <c>char[]</c>
/// are pointers to UTF-16, <c>byte[]</c> a pointer to narrow text, <c>Guid</c> to a GUID,
/// <c>DateTime</c> to a TIME, <c>null</c> a NULL pointer. Anything else has no C meaning: a fault.
/// </summary>
internal static class Edk2ArgumentSlots
{
    public const ulong Poison = 0xCCCCCCCC_00000000;

    public static IReadOnlyList<Edk2Slot> From(IReadOnlyList<object?> arguments, Edk2Architecture architecture)
    {
        var slots = new List<Edk2Slot>(arguments.Count);
        for (var index = 0; index < arguments.Count; index++)
        {
            Add(slots, arguments[index], index, architecture);
        }

        return slots;
    }

    private static void Add(List<Edk2Slot> slots, object? argument, int index, Edk2Architecture architecture)
    {
        var pointer = argument switch
        {
            null => Edk2Slot.Pointer(Edk2SlotKind.Null, null, index),
            string text => Edk2Slot.Pointer(Edk2SlotKind.Text, Encoding.Unicode.GetBytes(text), index),
            char[] text => Edk2Slot.Pointer(Edk2SlotKind.Text, Encoding.Unicode.GetBytes(text), index),
            byte[] text => Edk2Slot.Pointer(Edk2SlotKind.Text, text, index),
            Guid guid => Edk2Slot.Pointer(Edk2SlotKind.Guid, guid, index),
            DateTime time => Edk2Slot.Pointer(Edk2SlotKind.Time, time, index),
            _ => (Edk2Slot?)null,
        };
        if (pointer is { } slot)
        {
            slots.Add(slot);
        }
        else if (Narrow(argument!) is { } narrow)
        {
            slots.Add(Edk2Slot.Integer(architecture == Edk2Architecture.X64 ? Poison | narrow : narrow, index));
        }
        else if (Wide(argument!) is { } wide)
        {
            if (architecture == Edk2Architecture.X64)
            {
                slots.Add(Edk2Slot.Integer(wide, index));
            }
            else
            {
                slots.Add(Edk2Slot.Integer((uint)wide, index));
                slots.Add(Edk2Slot.Integer(wide >> 32, index));
            }
        }
        else
        {
            throw new Edk2Fault($"argument {index} is a {argument!.GetType().Name}, which has no C meaning: it cannot be laid out in argument slots");
        }
    }

    private static uint? Narrow(object argument) => argument switch
    {
        Enum value => Narrow(Convert.ChangeType(value, value.GetTypeCode(), provider: null)),
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
        Enum value => Wide(Convert.ChangeType(value, value.GetTypeCode(), provider: null)),
        long value => unchecked((ulong)value),
        ulong value => value,
        nint value => unchecked((ulong)(long)value),
        nuint value => value,
        double value => unchecked((ulong)BitConverter.DoubleToInt64Bits(value)),
        float value => unchecked((ulong)BitConverter.DoubleToInt64Bits(value)),
        _ => null,
    };
}
