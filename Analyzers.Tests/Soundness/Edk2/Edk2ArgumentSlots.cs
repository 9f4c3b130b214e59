using System;
using System.Collections.Generic;
using System.Text;
using FirmwareGuard.Firmware.Runtime;

namespace FirmwareGuard.Tests.Soundness.Edk2;

/// <summary>
/// Lays C# arguments out as EDK2's <c>VA_LIST</c> holds them. IA32: a 64-bit integer (<c>long</c>,
/// <c>ulong</c>, <c>nint</c>, <c>nuint</c>, an enum over one) and a <c>double</c> (a <c>float</c> is
/// promoted) take two 4-byte slots, low word first; every other argument one. X64: every argument
/// takes one 8-byte slot, and a value of 32 bits or fewer leaves the upper half unspecified, filled
/// here with <see cref="Poison"/> so that a 64-bit read of it prints the same garbage every time.
/// Values are promoted as C does, in the 32-bit words of the firmware model's <see cref="ArgumentSlots"/>.
/// <c>string</c> and <c>char[]</c> are pointers to UTF-16, <c>byte[]</c> a pointer to narrow text,
/// <c>Guid</c> to a GUID, <c>DateTime</c> to a TIME, <c>null</c> a NULL pointer. Anything else has no
/// C meaning: a fault.
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
            return;
        }

        var words = Words(argument!, index);
        if (words.Count == 1)
        {
            slots.Add(Edk2Slot.Integer(architecture == Edk2Architecture.X64 ? Poison | words[0].Value : words[0].Value, index));
        }
        else if (architecture == Edk2Architecture.X64)
        {
            slots.Add(Edk2Slot.Integer(words[0].Value | ((ulong)words[1].Value << 32), index));
        }
        else
        {
            slots.Add(Edk2Slot.Integer(words[0].Value, index));
            slots.Add(Edk2Slot.Integer(words[1].Value, index));
        }
    }

    /// <summary>The value as C promotes it, in 32-bit words, low word first: the layout of a 4-byte-slot <c>va_list</c>.</summary>
    private static IReadOnlyList<Slot> Words(object argument, int index)
    {
        try
        {
            return ArgumentSlots.From(new[] { argument });
        }
        catch (FirmwareFault)
        {
            throw new Edk2Fault($"argument {index} is a {argument.GetType().Name}, which has no C meaning: it cannot be laid out in argument slots");
        }
    }
}
