namespace FirmwareGuard.Benchmarks.Report;

/// <summary>One target and whether the measurement meets it; a missed stretch target does not fail the run.</summary>
internal sealed record Verdict(bool Met, string Text)
{
    public static Verdict Of(bool met, string text) => new(met, (met ? "met: " : "MISSED: ") + text);

    public static Verdict Stretch(bool met, string text) => new(true, (met ? "met (stretch): " : "missed (stretch): ") + text);
}
