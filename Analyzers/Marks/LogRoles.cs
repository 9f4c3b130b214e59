using System;

namespace FirmwareGuard.Marks;

/// <summary>What a printed value identifies in a firmware message (FG0102, FG0103).</summary>
[Flags]
internal enum LogRoles
{
    None = 0,

    /// <summary>The PCI device: bus/dev/fn or devfn.</summary>
    Device = 1,

    /// <summary>The BAR register (its index or config-space offset).</summary>
    Register = 2,

    Size = 4,

    Address = 8,
}
