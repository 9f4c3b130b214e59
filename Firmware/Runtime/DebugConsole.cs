using System.Collections.Generic;
using System.Text;

namespace FirmwareGuard.Firmware.Runtime;

/// <summary>
/// The receiving end of hvmloader's debug port 0xe9: Xen's <c>hvm_print_line</c> (2013). It drops
/// characters Xen's ctype does not call printable (printable: 0x20..0x7e and Latin-1 0xa0..0xff; the
/// port is a byte wide, so nothing above U+00FF arrives) except '\n' and '\t', and buffers the rest
/// (HVM_PBUF_SIZE 80). A line is printed when the character just stored is '\n', or when the buffer
/// holds 78 characters — so a long message is cut after 78 characters, and a message of exactly 78
/// printable characters followed by '\n' prints as that line and then an empty one.
/// </summary>
public sealed class DebugConsole
{
    /// <summary>Xen prefixes each line of a guest's debug output with "HVM&lt;domid&gt;: "; the model's guest is domain 1.</summary>
    public const string DomainPrefix = "HVM1: ";

    public const int BufferSize = 80;
    public const int LineLimit = BufferSize - 2;

    private readonly StringBuilder buffer = new(BufferSize);
    private readonly List<string> lines = [];
    private readonly List<int> cutLines = [];

    /// <summary>The lines printed so far, without the "HVM&lt;domid&gt;: " prefix and without their newline.</summary>
    public IReadOnlyList<string> Lines => lines;

    /// <summary>The indices of the lines printed because the buffer reached <see cref="LineLimit"/> characters, not at a newline.</summary>
    public IReadOnlyList<int> CutLines => cutLines;

    /// <summary>Characters received but not yet printed: the start of a line still waiting for its '\n'.</summary>
    public string Pending => buffer.ToString();

    public void Write(string text)
    {
        foreach (var c in text)
        {
            Write(c);
        }
    }

    public void Write(char c)
    {
        if (!IsPrintable(c) && c != '\n' && c != '\t')
        {
            return;
        }

        buffer.Append(c);
        if (c == '\n' || buffer.Length == LineLimit)
        {
            PrintLine();
        }
    }

    private void PrintLine()
    {
        var length = buffer[^1] == '\n' ? buffer.Length - 1 : buffer.Length;
        if (length == buffer.Length)
        {
            cutLines.Add(lines.Count);
        }

        lines.Add(buffer.ToString(0, length));
        buffer.Clear();
    }

    private static bool IsPrintable(char c) => c is (>= ' ' and <= '~') or (>= '\u00a0' and <= '\u00ff');
}
