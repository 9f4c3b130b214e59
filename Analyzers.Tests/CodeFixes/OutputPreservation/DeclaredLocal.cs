namespace FirmwareGuard.Tests.CodeFixes.OutputPreservation;

/// <summary>
/// A local declared by the call's own statement, before the call that reads it:
/// <c>uint d2 = unchecked((uint)inputs[2]), printed = (uint)Shim.Printn("...", ..., d2, ...);</c>.
/// </summary>
public sealed record DeclaredLocal(string Type, string Name, int Input);
