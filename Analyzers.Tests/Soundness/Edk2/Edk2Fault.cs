using System;

namespace FirmwareGuard.Tests.Soundness.Edk2;

/// <summary>
/// Where BasePrintLib's output would depend on something a C# value does not have: an address (a
/// pointer read as a number, a number read as a pointer), whatever lies past the last argument, or a
/// field so wide that only the size of the caller's buffer decides what is printed.
/// </summary>
internal sealed class Edk2Fault : Exception
{
    public Edk2Fault(string message)
        : base(message)
    {
    }
}
