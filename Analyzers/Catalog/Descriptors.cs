using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Catalog;

/// <summary>
/// All of FirmwareGuard's diagnostics. Titles match the rule pages in docs/rules. Each descriptor is
/// created here with its ID constant from <see cref="RuleIds"/>, not through a factory: the release
/// tracking rules and RS1018 (each category's ID range, in DiagnosticCategoryAndIdRanges.txt) can only
/// check an ID they see as a constant where the descriptor is created.
/// </summary>
internal static class Descriptors
{
    public const string HelpLinkBase = "https://github.com/firmwareguard/firmwareguard/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor SixtyFourBitArgument = new(
        RuleIds.SixtyFourBitArgument,
        "64-bit argument the printer does not read whole",
        "{0} ({1}) {2} on {3}'s printf: {4}",
        RuleCategories.Format,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "On a printer with 32-bit argument slots a 64-bit value fills two, so the directive meant for it prints only its lower half and every later directive reads the slot meant for the one before it. On a printer with 64-bit slots nothing shifts, but a directive that reads 32 bits prints only the value's lower half.",
        helpLinkUri: HelpLink(RuleIds.SixtyFourBitArgument));

    public static readonly DiagnosticDescriptor UnsupportedDirective = new(
        RuleIds.UnsupportedDirective,
        "Directive the printer does not support",
        "{0}: {1}'s printf {2}",
        RuleCategories.Format,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The directive is valid C, but this printer does not print it as C would: it prints part of it as text and consumes no argument, or it ignores a flag, a width or half of the value.",
        helpLinkUri: HelpLink(RuleIds.UnsupportedDirective));

    public static readonly DiagnosticDescriptor MissingArgument = new(
        RuleIds.MissingArgument,
        "Fewer arguments than directives",
        "{0} has no argument (the format takes {1}, the call passes {2}): {3}'s printf {4}",
        RuleCategories.Format,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A directive without an argument makes the printer read the slot after the last argument: it prints stack garbage, or faults on a string directive. Where an earlier directive read too few or too many slots, it prints some other argument instead.",
        helpLinkUri: HelpLink(RuleIds.MissingArgument));

    public static readonly DiagnosticDescriptor ExtraArgument = new(
        RuleIds.ExtraArgument,
        "More arguments than directives",
        "{0} matches no directive (the format takes {1}, the call passes {2}): {3}'s printf {4}",
        RuleCategories.Format,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "No directive reads the argument; it is evaluated and then ignored. Usually a directive is missing from the format.",
        helpLinkUri: HelpLink(RuleIds.ExtraArgument));

    public static readonly DiagnosticDescriptor ArgumentTypeMismatch = new(
        RuleIds.ArgumentTypeMismatch,
        "Argument type does not fit its directive",
        "{0} ({1}) does not fit {2}: {3}",
        RuleCategories.Format,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The printer reads the argument's slot as the directive's type: an integer read by %s is dereferenced as a pointer, a string read by %d prints its address, a null read by %s faults, floating-point values have no conversion at all, and other types (object, decimal, structs, nullable values) have no C counterpart.",
        helpLinkUri: HelpLink(RuleIds.ArgumentTypeMismatch));

    public static readonly DiagnosticDescriptor MalformedFormat = new(
        RuleIds.MalformedFormat,
        "Malformed format",
        "{0} is malformed: {1}",
        RuleCategories.Format,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A '%' (or '%l') at the very end of the format makes hvmloader's printf emit a NUL and walk past the end of the string; '%5%' is not a directive C defines.",
        helpLinkUri: HelpLink(RuleIds.MalformedFormat));

    public static readonly DiagnosticDescriptor NonConstantFormat = new(
        RuleIds.NonConstantFormat,
        "Format is not a compile-time constant",
        "The format {0} is not a compile-time constant: its directives cannot be checked, and a '%' in the data would be read as a directive",
        RuleCategories.Format,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Only a constant format can be checked against its arguments. Printing data as the format lets any '%' in it read arguments that were never passed.",
        helpLinkUri: HelpLink(RuleIds.NonConstantFormat));

    public static readonly DiagnosticDescriptor ArgumentsInArray = new(
        RuleIds.ArgumentsInArray,
        "Arguments passed as an existing array",
        "The arguments arrive as the existing {0} {1}: their number and types cannot be checked against the format",
        RuleCategories.Format,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "When the variable arguments are an array or span built elsewhere, FirmwareGuard cannot see how many there are or what types they have.",
        helpLinkUri: HelpLink(RuleIds.ArgumentsInArray));

    public static readonly DiagnosticDescriptor MessageTooLong = new(
        RuleIds.MessageTooLong,
        "Message longer than the printer's buffer",
        "{0} can print {1} {2} characters on {3}'s printf; {4} keeps only the first {5}",
        RuleCategories.Format,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Some printers format a message into a fixed buffer and drop what does not fit, its newline included: EDK2's serial-port DEBUG() library formats into 256 bytes, so it keeps 255 characters. The count is the longest the format prints with the largest values its arguments' types allow; a string of unknown length, or a width read from a variable, is left out, and the message then says 'at least'.",
        helpLinkUri: HelpLink(RuleIds.MessageTooLong));

    public static readonly DiagnosticDescriptor PartialSixtyFourBitValue = new(
        RuleIds.PartialSixtyFourBitValue,
        "64-bit value printed only in part",
        "{0} prints only the lower 32 bits of the 64-bit {1}; print its upper half too",
        RuleCategories.Logging,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Narrowing a 64-bit value to 32 bits makes it fit the printer's slot, but an address or size at or above 4 GiB then prints as a wrong, smaller number. Patch 2/8 of the 2013 Xen series printed the upper 32 bits of every BAR base for this reason.",
        helpLinkUri: HelpLink(RuleIds.PartialSixtyFourBitValue));

    public static readonly DiagnosticDescriptor UnidentifiedBarMessage = new(
        RuleIds.UnidentifiedBarMessage,
        "BAR message does not identify its BAR",
        "This BAR message prints no {0}: a BAR line must identify the device (bus/dev/fn or devfn), the BAR register and the size",
        RuleCategories.Logging,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A log line about a BAR is only useful when it says which device, which BAR register and how large. hvmloader's BAR lines print all three.",
        helpLinkUri: HelpLink(RuleIds.UnidentifiedBarMessage));

    public static readonly DiagnosticDescriptor UnloggedRelocation = new(
        RuleIds.UnloggedRelocation,
        "Relocation without a log line",
        "{0} must be logged first, but on some path through {1} {2}",
        RuleCategories.Logging,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A call marked [MustLog] (relocating guest memory, moving BARs above 4 GiB) changes the guest in ways nobody can reconstruct afterwards. Patch 2/8 of the 2013 Xen series logged every relocated chunk of guest RAM with its page count and both addresses.",
        helpLinkUri: HelpLink(RuleIds.UnloggedRelocation));

    public static readonly DiagnosticDescriptor UnterminatedMessage = new(
        RuleIds.UnterminatedMessage,
        "Message without its newline",
        "{0} does not end in '\\n', and on some path through {1} no later message continues and ends its line: {2} joins it to the next message",
        RuleCategories.Logging,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A message without a newline is shown glued to whatever is printed next on the printer's console, which the dialect's console setting names: Xen's console for hvmloader, which buffers a guest's debug output until a newline (as hvmloader's WARNING line of patch 3/8 was glued to the next), the debug port or serial console for SeaBIOS, DEBUG()'s serial output for EDK2.",
        helpLinkUri: HelpLink(RuleIds.UnterminatedMessage));

    public static readonly DiagnosticDescriptor UnmarkedWrapper = new(
        RuleIds.UnmarkedWrapper,
        "Printf wrapper is not marked",
        "{0} forwards its format and arguments unchanged to {1}: mark it [PrintfShim{2}]{3}",
        RuleCategories.Configuration,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "FirmwareGuard infers that a method forwarding its own format and variable arguments to a shim is itself a shim, and checks its callers in this compilation. Other assemblies only see the attribute.",
        helpLinkUri: HelpLink(RuleIds.UnmarkedWrapper));

    public static readonly DiagnosticDescriptor InvalidDialectFile = new(
        RuleIds.InvalidDialectFile,
        "Invalid dialect file",
        "{0} is not a valid dialect file, and the dialects it defines with problems are not loaded: {1}",
        RuleCategories.Configuration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "An AdditionalFiles item whose name ends in .printf-dialects.ini describes printers the way the built-in dialects are described. Every problem in it is listed with its line; a dialect with a problem, or whose name is already taken, is left out, so calls that name it are not checked.",
        helpLinkUri: HelpLink(RuleIds.InvalidDialectFile));

    public static readonly DiagnosticDescriptor UnknownDialect = new(
        RuleIds.UnknownDialect,
        "Unknown dialect",
        "Dialect '{0}' {1}: {2} names it, but the known dialects are {3}, so calls {4} are not checked",
        RuleCategories.Configuration,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A [PrintfShim] attribute or the firmwareguard.dialect option names a dialect that is neither built in nor defined in one of the project's dialect files, or whose definition there has problems (FG0902). FirmwareGuard cannot know what that printer does, so no call to it is checked until the name is fixed or the dialect is defined.",
        helpLinkUri: HelpLink(RuleIds.UnknownDialect),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor MissingConfiguredShim = new(
        RuleIds.MissingConfiguredShim,
        "Configured printf shim does not exist",
        "'{0}' in firmwareguard.printf_shims {1}, so it matches no call and nothing is checked through it",
        RuleCategories.Configuration,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An entry of firmwareguard.printf_shims names a type that exists but has no such shim method (a misspelt method name or parameter list), or names no type at all. Calls meant to be checked through it are not.",
        helpLinkUri: HelpLink(RuleIds.MissingConfiguredShim),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor UnresolvedConfiguredShimType = new(
        RuleIds.UnresolvedConfiguredShimType,
        "Configured printf shim's type is not referenced",
        "'{0}' in firmwareguard.printf_shims names the type {1}, which is neither in this project nor in its references, so the entry checks nothing here",
        RuleCategories.Configuration,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "An entry of firmwareguard.printf_shims names a type this compilation cannot see. A setting shared by many projects reaches some that do not use the shim's library, so this is only a note; a misspelt namespace or type looks the same, so raise the severity where every project should see the type.",
        helpLinkUri: HelpLink(RuleIds.UnresolvedConfiguredShimType),
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    private static string HelpLink(string id) => HelpLinkBase + id + ".md";
}
