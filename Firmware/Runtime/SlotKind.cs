namespace FirmwareGuard.Firmware.Runtime;

/// <summary>What a 32-bit argument slot holds on the firmware's stack.</summary>
public enum SlotKind
{
    Integer,
    Pointer,
}
