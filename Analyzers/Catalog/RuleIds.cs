namespace FirmwareGuard.Catalog;

/// <summary>Every rule ID FirmwareGuard has used. IDs are never reused.</summary>
internal static class RuleIds
{
    public const string SixtyFourBitArgument = "FG0001";
    public const string UnsupportedDirective = "FG0002";
    public const string MissingArgument = "FG0003";
    public const string ExtraArgument = "FG0004";
    public const string ArgumentTypeMismatch = "FG0005";
    public const string MalformedFormat = "FG0006";
    public const string NonConstantFormat = "FG0007";
    public const string ArgumentsInArray = "FG0008";
    public const string MessageTooLong = "FG0009";
    public const string PartialSixtyFourBitValue = "FG0101";
    public const string UnidentifiedBarMessage = "FG0102";
    public const string UnloggedRelocation = "FG0103";
    public const string UnterminatedMessage = "FG0104";
    public const string UnmarkedWrapper = "FG0901";
    public const string InvalidDialectFile = "FG0902";
    public const string UnknownDialect = "FG0903";
    public const string MissingConfiguredShim = "FG0904";
    public const string UnresolvedConfiguredShimType = "FG0905";
}
