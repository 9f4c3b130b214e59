namespace FirmwareGuard.Tests.Soundness.Edk2;

/// <summary>The two EDK2 targets: their <c>UINTN</c> argument slots are 4 bytes (IA32) or 8 bytes (X64).</summary>
public enum Edk2Architecture
{
    Ia32,
    X64,
}
