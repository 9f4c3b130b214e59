using System.Collections.Generic;

namespace FirmwareGuard.Firmware.Tests.CLibrary;

/// <summary>One call of the C reference printer.</summary>
public sealed record CCase(string Format, IReadOnlyList<CArgument> Arguments);
