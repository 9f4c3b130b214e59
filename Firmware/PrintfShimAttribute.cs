using System;

namespace FirmwareGuard.Firmware;

/// <summary>
/// Marks a printf-style method for the FirmwareGuard analyzers, which match this attribute by name.
/// The optional dialect names the printer the method feeds (default: hvmloader).
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
internal sealed class PrintfShimAttribute : Attribute
{
    public PrintfShimAttribute()
    {
    }

    public PrintfShimAttribute(string dialect)
    {
        Dialect = dialect;
    }

    public string? Dialect { get; }
}
