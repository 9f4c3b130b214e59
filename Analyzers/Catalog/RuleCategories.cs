namespace FirmwareGuard.Catalog;

internal static class RuleCategories
{
    /// <summary>The printer will print something other than what the call means (FG00xx).</summary>
    public const string Format = "Format";

    /// <summary>The message prints, but leaves out what a reader of the firmware log needs (FG01xx).</summary>
    public const string Logging = "Logging";

    /// <summary>How FirmwareGuard is told about shims and printers (FG09xx).</summary>
    public const string Configuration = "Configuration";
}
