using System.Collections.Generic;

namespace FirmwareGuard.Tests.Soundness.Edk2;

/// <summary>
/// BasePrintLib's <c>VA_ARG</c> over the slot list: an <c>int</c> is the low 32 bits of one slot; an
/// <c>INT64</c> is two slots on IA32 (low word first) and one on X64; a <c>UINTN</c> and a pointer are
/// one slot. Reading past the last slot, a pointer as a number or a number as a pointer is a fault.
/// </summary>
internal sealed class Edk2SlotReader
{
    private readonly IReadOnlyList<Edk2Slot> slots;
    private int next;

    public Edk2SlotReader(IReadOnlyList<Edk2Slot> slots, Edk2Architecture architecture)
    {
        this.slots = slots;
        Architecture = architecture;
    }

    public Edk2Architecture Architecture { get; }

    /// <summary>Bits in a <c>UINTN</c>.</summary>
    public int NaturalBits => Architecture == Edk2Architecture.X64 ? 64 : 32;

    /// <summary>An <c>int</c>, sign-extended.</summary>
    public long Int(string reader) => unchecked((int)(uint)Integer(reader));

    public ulong Int64(string reader) =>
        Architecture == Edk2Architecture.X64 ? Integer(reader) : (uint)Integer(reader) | ((ulong)(uint)Integer(reader) << 32);

    /// <summary>A <c>UINTN</c>, zero-extended.</summary>
    public ulong Natural(string reader) =>
        Architecture == Edk2Architecture.X64 ? Integer(reader) : (uint)Integer(reader);

    public Edk2Slot Pointer(string reader)
    {
        var slot = Next(reader);
        return slot.IsPointer
            ? slot
            : throw new Edk2Fault($"{reader} reads slot {next - 1} as a pointer, but it holds {slot.Describe()}: BasePrintLib would dereference that number");
    }

    private ulong Integer(string reader)
    {
        var slot = Next(reader);
        return slot.IsPointer
            ? throw new Edk2Fault($"{reader} reads slot {next - 1} as a number, but it holds {slot.Describe()}: BasePrintLib would print its address")
            : slot.Bits;
    }

    private Edk2Slot Next(string reader) =>
        next < slots.Count
            ? slots[next++]
            : throw new Edk2Fault($"{reader} reads slot {next}, but the arguments fill only {slots.Count}: BasePrintLib reads whatever lies past them");
}
