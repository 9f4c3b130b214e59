using System.Collections.Generic;

namespace FirmwareGuard.Firmware.Runtime;

/// <summary>
/// One directive as hvmloader's printf parsed it: its characters in the format, [<see cref="Start"/>,
/// <see cref="End"/>), what it printed, and the argument slots it read (none for a conversion it does not know).
/// </summary>
public sealed record DirectiveRead(int Start, int End, string Printed, IReadOnlyList<Slot> Read);
