using System;

namespace FirmwareGuard.Firmware;

/// <summary>
/// Says what a value identifies in a log line — "device", "register", "size" or "address" — for the
/// FirmwareGuard analyzers (FG0102, FG0103), which match this attribute by name.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter, Inherited = false)]
internal sealed class LogRoleAttribute(string role) : Attribute
{
    public string Role { get; } = role;
}
