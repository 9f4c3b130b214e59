using FirmwareGuard.Firmware.Tests.CLibrary;

namespace FirmwareGuard.Firmware.Tests.Runtime;

/// <summary>A printf call on which hvmloader and the C library agree: the C# arguments for Doprint and the same call for C.</summary>
public sealed record AgreeingCase(string Format, object?[] Arguments, CCase C);
