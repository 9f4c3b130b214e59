using System;

namespace FirmwareGuard.Firmware.Scenarios;

/// <summary>A scenario that cannot be run; the message names the offending field.</summary>
public sealed class ScenarioError(string message) : Exception(message);
