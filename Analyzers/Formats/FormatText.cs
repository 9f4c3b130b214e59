using System.Globalization;
using System.Text;

namespace FirmwareGuard.Formats;

/// <summary>
/// Format text spelled the way C source spells it (<c>\n</c>, <c>\t</c>, <c>\x01</c>), so that a
/// message quoting a directive or the text a printer prints stays on one line and shows every character.
/// </summary>
internal static class FormatText
{
    public static string Escaped(string text)
    {
        if (!NeedsEscaping(text))
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => @"\\",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                '\0' => @"\0",
                _ when c <= '\xff' && char.IsControl(c) => @"\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ when IsLineBreaking(c) => @"\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>Characters that end a line or print nothing: C0 and C1 controls, DEL and the Unicode line and paragraph separators.</summary>
    public static bool IsLineBreaking(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    private static bool NeedsEscaping(string text)
    {
        foreach (var c in text)
        {
            if (c == '\\' || IsLineBreaking(c))
            {
                return true;
            }
        }

        return false;
    }
}
