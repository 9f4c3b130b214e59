using FirmwareGuard.Firmware.Runtime;

namespace FirmwareGuard.Firmware.Explaining;

/// <summary>
/// A log line Xen's console printed because it reached the console's width, not at a newline. When the
/// message's newline came right after, it printed alone: <see cref="EmptyLineAfter"/>.
/// </summary>
public sealed record CutLine(int Line, string Text, bool EmptyLineAfter)
{
    public string Explanation => EmptyLineAfter
        ? $"The empty `{DebugConsole.DomainPrefix.TrimEnd()}` line is Xen's console: it prints a line once it holds {DebugConsole.LineLimit} characters, "
            + $"so the {DebugConsole.LineLimit}-character `{Text}` came out before its newline, which then printed alone."
        : $"`{Text}` is cut at {DebugConsole.LineLimit} characters by Xen's console, which prints a line as soon as it holds that many; "
            + "the message goes on in the next line.";
}
