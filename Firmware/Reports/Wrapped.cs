using System.IO;
using System.Text;

namespace FirmwareGuard.Firmware.Reports;

/// <summary>Writes a paragraph as lines of at most <see cref="Width"/> characters, breaking at spaces.</summary>
internal static class Wrapped
{
    public const int Width = 100;

    public static void Write(TextWriter output, string firstIndent, string indent, string text)
    {
        var line = new StringBuilder(firstIndent);
        var empty = true;
        foreach (var word in text.Split(' '))
        {
            if (!empty && line.Length + 1 + word.Length > Width)
            {
                output.WriteLine(line.ToString());
                line.Clear().Append(indent);
                empty = true;
            }

            line.Append(empty ? string.Empty : " ").Append(word);
            empty = false;
        }

        output.WriteLine(line.ToString());
    }
}
