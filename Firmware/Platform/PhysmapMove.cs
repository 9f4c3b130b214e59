namespace FirmwareGuard.Firmware.Platform;

/// <summary>One successful XENMEM_add_to_physmap: <see cref="Pages"/> guest frames moved from <see cref="From"/> to <see cref="To"/>.</summary>
public readonly record struct PhysmapMove(uint From, uint To, uint Pages);
