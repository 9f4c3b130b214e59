using System;

namespace FirmwareGuard.Firmware.Cli;

/// <summary>Input the command rejects; its message is the one line printed on stderr (exit code 2).</summary>
internal sealed class UsageError(string message) : Exception(message);
