namespace FirmwareGuard.Tests.Soundness.Edk2;

/// <summary>
/// BasePrintLib writes the format's line ends for a terminal: <c>\n</c> alone, <c>\n\r</c> and
/// <c>\r\n</c> all as <c>\r\n</c>, and <c>\r</c> alone as <c>\r</c>. Only the format's own characters
/// are translated, never the text an argument prints.
/// </summary>
internal static class Edk2LineEnds
{
    public static bool IsLineEnd(char character) => character is '\n' or '\r';

    /// <summary>The text for the line end at <paramref name="position"/>, and how many format characters it takes.</summary>
    public static (string Text, int Length) At(string format, int position, int end)
    {
        var pairs = position + 1 < end && IsLineEnd(format[position + 1]) && format[position + 1] != format[position];
        return format[position] == '\r' && !pairs ? ("\r", 1) : ("\r\n", pairs ? 2 : 1);
    }
}
