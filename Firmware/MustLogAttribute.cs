using System;

namespace FirmwareGuard.Firmware;

/// <summary>
/// Marks a member whose call changes the guest in a way the log must record first: every path to a
/// call must print its <see cref="LogRoleAttribute"/> arguments (FirmwareGuard's FG0103, matched by name).
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
internal sealed class MustLogAttribute : Attribute
{
}
