namespace FirmwareGuard.Dialects;

/// <summary>What a printer does with a character its directive grammar does not accept.</summary>
internal enum UnknownConversionPolicy
{
    /// <summary>hvmloader: prints that character, then the rest of the directive as plain text.</summary>
    PrintCharacter,

    /// <summary>EDK2: drops the <c>%</c> and prints that character, padded to the width read before it.</summary>
    PrintCharacterPadded,

    /// <summary>SeaBIOS: prints the <c>%</c>, then everything after it as plain text.</summary>
    PrintPercent,
}
