namespace FirmwareGuard.Firmware.Explaining;

/// <summary>A log line the printer garbled: its index and text in the log, and the call that printed it, read against its format.</summary>
public sealed record GarbledLine(int Line, string Text, PrintfReading Reading);
