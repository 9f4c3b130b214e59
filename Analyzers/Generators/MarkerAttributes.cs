using System;

namespace FirmwareGuard.Generators;

/// <summary>The attributes FirmwareGuard reads by name and the package generates.</summary>
[Flags]
internal enum MarkerAttributes
{
    None = 0,
    PrintfShim = 1,
    LogRole = 2,
    MustLog = 4,
}
