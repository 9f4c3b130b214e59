namespace FirmwareGuard.Firmware.Runtime;

/// <summary>A printf call that reached the console: its trace and the index of the console line its output starts on.</summary>
public sealed record LoggedPrintf(PrintfTrace Trace, int Line);
