using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Configuration;

/// <summary>A dialect name that no dialect has, where it is used, and what names it.</summary>
internal sealed class UnknownDialectUse
{
    public UnknownDialectUse(string name, DialectNamer namer, IMethodSymbol shim, Location location)
    {
        Name = name;
        Namer = namer;
        Shim = shim;
        Location = location;
    }

    public string Name { get; }

    public DialectNamer Namer { get; }

    /// <summary>The shim whose attribute names the dialect, or that is called.</summary>
    public IMethodSymbol Shim { get; }

    public Location Location { get; }
}
