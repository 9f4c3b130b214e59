namespace FirmwareGuard.Marks;

/// <summary>
/// The attributes users mark their code with, matched by name in any namespace. The generator
/// writes them under these names and every rule reads them by these names.
/// </summary>
internal static class MarkerAttributeNames
{
    /// <summary>A printf shim, optionally naming its dialect.</summary>
    public const string PrintfShim = "PrintfShimAttribute";

    /// <summary>What a field, property, parameter or method's value identifies in a message.</summary>
    public const string LogRole = "LogRoleAttribute";

    /// <summary>A member that must be preceded by a message printing its marked arguments.</summary>
    public const string MustLog = "MustLogAttribute";
}
