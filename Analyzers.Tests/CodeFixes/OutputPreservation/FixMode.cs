namespace FirmwareGuard.Tests.CodeFixes.OutputPreservation;

/// <summary>Which of FG0001/FG0002's actions a generated call is fixed with.</summary>
public enum FixMode
{
    SplitHalves,
    HexHalves,
    CheckedNarrowing,
    ConstantNarrowing,
}
