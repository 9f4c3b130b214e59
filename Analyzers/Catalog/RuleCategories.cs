namespace FirmwareGuard.Catalog;

internal static class RuleCategories
{
    /// <summary>The printer will print something other than what the call means (FG00xx).</summary>
    public const string Format = "Format";
}
