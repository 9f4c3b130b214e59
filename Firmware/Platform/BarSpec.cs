namespace FirmwareGuard.Firmware.Platform;

/// <summary>
/// One BAR a device implements: its index (0..5; a 64-bit BAR also takes the next index for its
/// upper half), type, prefetchability and size in bytes (a power of two). The ROM BAR is separate.
/// </summary>
public sealed record BarSpec(int Index, BarType Type, bool Prefetchable, ulong Size);
