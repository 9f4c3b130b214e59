using System.Collections.Generic;
using FirmwareGuard.Firmware.Runtime;

namespace FirmwareGuard.Firmware.Explaining;

/// <summary>
/// One directive of a call, as C reads it (<see cref="Directive"/>, e.g. <c>%llx</c>, at <see cref="Start"/> in the format), and what
/// hvmloader's printer did with it: the text it printed, the argument C meant it for (null when C reads
/// none) and the slots it actually read.
/// </summary>
public sealed record DirectiveEffect(int Start, string Directive, string Printed, int? MeantFor, IReadOnlyList<Slot> Read)
{
    /// <summary>Whether the printer did what C would: read exactly the argument meant for it, whole.</summary>
    public bool AsMeant => MeantFor is { } argument
        ? Read is [{ Part: SlotPart.Whole } slot] && slot.Argument == argument
        : Read.Count == 0;
}
