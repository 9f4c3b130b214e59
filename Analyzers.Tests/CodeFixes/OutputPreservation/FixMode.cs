namespace FirmwareGuard.Tests.CodeFixes.OutputPreservation;

/// <summary>Which action a generated call is fixed with: one of FG0001/FG0002's, or FG0004's removal of extra arguments.</summary>
public enum FixMode
{
    SplitHalves,
    HexHalves,
    CheckedNarrowing,
    ConstantNarrowing,
    RemoveExtras,
}
