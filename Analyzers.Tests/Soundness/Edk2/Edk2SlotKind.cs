namespace FirmwareGuard.Tests.Soundness.Edk2;

/// <summary>What one argument slot holds.</summary>
internal enum Edk2SlotKind
{
    /// <summary>Integer bits (a 64-bit value's half on IA32; on X64 a 32-bit value under poisoned upper bits).</summary>
    Integer,

    /// <summary>A pointer to string bytes: UTF-16 for <c>string</c> and <c>char[]</c>, the bytes themselves for <c>byte[]</c>.</summary>
    Text,

    /// <summary>A pointer to an EFI <c>GUID</c>.</summary>
    Guid,

    /// <summary>A pointer to an EFI <c>TIME</c>.</summary>
    Time,

    /// <summary>A NULL pointer.</summary>
    Null,
}
