namespace FirmwareGuard.Configuration;

/// <summary>Where the name of an unknown dialect comes from (FG0903).</summary>
internal enum DialectNamer
{
    /// <summary>A <c>[PrintfShim]</c> argument in this compilation's source.</summary>
    Attribute,

    /// <summary>The shim called: its attribute, in another assembly, or the shim an inferred wrapper forwards to.</summary>
    CalledShim,

    /// <summary>The <c>firmwareguard.dialect</c> option.</summary>
    Option,
}
