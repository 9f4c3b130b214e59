using System.Collections.Generic;
using System.Linq;

namespace FirmwareGuard.Firmware.Runtime;

/// <summary>
/// One complete printf call: the format, the argument slots the call laid out, every directive as the
/// printer read it, and the characters it emitted.
/// </summary>
public sealed record PrintfTrace(string Format, IReadOnlyList<Slot> Slots, IReadOnlyList<DirectiveRead> Directives, string Output)
{
    /// <summary>The slots no directive read.</summary>
    public IEnumerable<Slot> Unread => Slots.Where(slot => !Directives.Any(directive => directive.Read.Contains(slot)));
}
