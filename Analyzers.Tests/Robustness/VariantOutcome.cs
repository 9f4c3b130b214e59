using System.Collections.Immutable;

namespace FirmwareGuard.Tests.Robustness;

/// <summary>What one variant produced: diagnostics, fix actions applied, and every failure.</summary>
public sealed record VariantOutcome(int Diagnostics, int ActionsApplied, ImmutableArray<string> Problems);
