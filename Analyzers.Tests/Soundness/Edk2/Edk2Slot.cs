namespace FirmwareGuard.Tests.Soundness.Edk2;

/// <summary>
/// One <c>UINTN</c>-sized argument slot: integer <see cref="Bits"/> (the low 32 only on IA32), or a
/// pointer whose <see cref="Target"/> is the pointed-to data (string bytes, a <c>Guid</c>, a
/// <c>DateTime</c>); <see cref="Argument"/> is the C# argument it came from.
/// </summary>
internal readonly record struct Edk2Slot(Edk2SlotKind Kind, ulong Bits, object? Target, int Argument)
{
    public bool IsPointer => Kind != Edk2SlotKind.Integer;

    public static Edk2Slot Integer(ulong bits, int argument) => new(Edk2SlotKind.Integer, bits, null, argument);

    public static Edk2Slot Pointer(Edk2SlotKind kind, object? target, int argument) => new(kind, 0, target, argument);

    /// <summary>What the slot holds, for a fault message.</summary>
    public string Describe() => Kind switch
    {
        Edk2SlotKind.Integer => $"argument {Argument}'s integer bits 0x{Bits:X}",
        Edk2SlotKind.Null => $"argument {Argument}, a NULL pointer",
        _ => $"argument {Argument}, a pointer to a {Kind}",
    };
}
