using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FirmwareGuard.Formats;

/// <summary>Decodes a string token's source text into its value, remembering where each value character came from.</summary>
internal static class LiteralDecoder
{
    public static DecodedLiteral? Decode(SyntaxToken token, LiteralMode mode)
    {
        var text = token.Text;
        var builder = new Builder(token.SpanStart);
        if (mode.IsInterpolated)
        {
            if (mode.IsRaw)
            {
                DecodeRaw(text, 0, text.Length, IndentationOfInterpolated(token), StartsAtLineStart(token), builder);
            }
            else
            {
                DecodeEscaped(text, 0, text.Length, mode.IsVerbatim, unescapeBraces: true, builder);
            }

            return builder.Result();
        }

        if (mode.IsRaw)
        {
            var quotes = 0;
            while (quotes < text.Length && text[quotes] == '"')
            {
                quotes++;
            }

            if (text.Length < 2 * quotes)
            {
                return null;
            }

            if (!token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
            {
                DecodeRaw(text, quotes, text.Length - quotes, indentation: 0, atLineStart: false, builder);
                return builder.Result();
            }

            var firstNewline = text.IndexOf('\n', quotes);
            var lastNewline = text.LastIndexOf('\n');
            if (firstNewline < 0 || lastNewline <= firstNewline)
            {
                return builder.Result();
            }

            var contentEnd = lastNewline > 0 && text[lastNewline - 1] == '\r' ? lastNewline - 1 : lastNewline;
            var indentation = text.Length - quotes - (lastNewline + 1);
            DecodeRaw(text, firstNewline + 1, contentEnd, indentation, atLineStart: true, builder);
            return builder.Result();
        }

        var prefix = mode.IsVerbatim ? 2 : 1;
        if (text.Length < prefix)
        {
            return null;
        }

        var unterminated = text.Length == prefix || text[text.Length - 1] != '"';
        DecodeEscaped(text, prefix, unterminated ? text.Length : text.Length - 1, mode.IsVerbatim, unescapeBraces: false, builder);
        return builder.Result();
    }

    private static void DecodeRaw(string text, int start, int end, int indentation, bool atLineStart, Builder builder)
    {
        var i = start;
        while (i < end)
        {
            if (atLineStart)
            {
                var skipped = 0;
                while (skipped < indentation && i < end && (text[i] == ' ' || text[i] == '\t'))
                {
                    i++;
                    skipped++;
                }

                atLineStart = false;
                continue;
            }

            builder.Add(text[i], i, i + 1);
            atLineStart = text[i] == '\n';
            i++;
        }
    }

    private static void DecodeEscaped(string text, int start, int end, bool verbatim, bool unescapeBraces, Builder builder)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (unescapeBraces && (c == '{' || c == '}') && i + 1 < end && text[i + 1] == c)
            {
                builder.Add(c, i, i + 2);
                i += 2;
            }
            else if (verbatim && c == '"' && i + 1 < end && text[i + 1] == '"')
            {
                builder.Add('"', i, i + 2);
                i += 2;
            }
            else if (!verbatim && c == '\\' && i + 1 < end)
            {
                i = DecodeEscape(text, i, end, builder);
            }
            else
            {
                builder.Add(c, i, i + 1);
                i++;
            }
        }
    }

    private static int DecodeEscape(string text, int start, int end, Builder builder)
    {
        var kind = text[start + 1];
        char? simple = kind switch
        {
            '\'' => '\'',
            '"' => '"',
            '\\' => '\\',
            '0' => '\0',
            'a' => '\a',
            'b' => '\b',
            'e' => '\u001b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\v',
            _ => null,
        };
        if (simple is { } character)
        {
            builder.Add(character, start, start + 2);
            return start + 2;
        }

        var maxDigits = kind switch
        {
            'x' => 4,
            'u' => 4,
            'U' => 8,
            _ => 0,
        };
        var i = start + 2;
        var code = 0L;
        while (i < end && i - (start + 2) < maxDigits && IsHex(text[i]))
        {
            code = (code * 16) + HexValue(text[i]);
            i++;
        }

        if (i == start + 2)
        {
            builder.Add(text[start], start, start + 1);
            return start + 1;
        }

        if (code > 0xFFFF)
        {
            var utf16 = char.ConvertFromUtf32((int)System.Math.Min(code, 0x10FFFF));
            foreach (var unit in utf16)
            {
                builder.Add(unit, start, i);
            }
        }
        else
        {
            builder.Add((char)code, start, i);
        }

        return i;
    }

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static int IndentationOfInterpolated(SyntaxToken token)
    {
        if (token.Parent?.Parent is not InterpolatedStringExpressionSyntax expression
            || !expression.StringStartToken.IsKind(SyntaxKind.InterpolatedMultiLineRawStringStartToken))
        {
            return 0;
        }

        var end = expression.StringEndToken;
        var endText = end.Text;
        var quotesAt = endText.IndexOf('"');
        var lineStart = endText.LastIndexOf('\n', quotesAt < 0 ? endText.Length - 1 : quotesAt);
        return quotesAt < 0 ? 0 : quotesAt - (lineStart + 1);
    }

    private static bool StartsAtLineStart(SyntaxToken token)
    {
        var previous = token.GetPreviousToken();
        return previous.Text.EndsWith("\n", System.StringComparison.Ordinal);
    }

    private sealed class Builder
    {
        private readonly int origin;
        private readonly StringBuilder value = new();
        private readonly List<int> starts = new();
        private readonly List<int> ends = new();

        public Builder(int origin)
        {
            this.origin = origin;
        }

        public void Add(char c, int sourceStart, int sourceEnd)
        {
            value.Append(c);
            starts.Add(origin + sourceStart);
            ends.Add(origin + sourceEnd);
        }

        public DecodedLiteral Result() => new(value.ToString(), starts.ToArray(), ends.ToArray());
    }
}
