using FirmwareGuard.Firmware.Reports;

namespace FirmwareGuard.Firmware.Explaining;

/// <summary>A 64-bit value the log printed as two 32-bit halves with <c>%x%08x</c>: the printed digits and the value.</summary>
public sealed record SplitValue(string Printed, ulong Value)
{
    public const string Directives = "%x%08x";

    public override string ToString() => $"`{Printed}` is {Hex.Of(Value)}";
}
