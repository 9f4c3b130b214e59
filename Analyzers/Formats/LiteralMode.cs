using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FirmwareGuard.Formats;

/// <summary>How a string literal's (or interpolated string's) text is written.</summary>
internal readonly struct LiteralMode
{
    private LiteralMode(bool isVerbatim, bool isRaw, bool isInterpolated)
    {
        IsVerbatim = isVerbatim;
        IsRaw = isRaw;
        IsInterpolated = isInterpolated;
    }

    public bool IsVerbatim { get; }

    public bool IsRaw { get; }

    public bool IsInterpolated { get; }

    /// <summary>From a literal token, or from an interpolated string's start token (<c>$"</c>, <c>$@"</c>, <c>$"""</c>).</summary>
    public static LiteralMode Of(SyntaxToken token)
    {
        if (token.IsKind(SyntaxKind.InterpolatedStringStartToken)
            || token.IsKind(SyntaxKind.InterpolatedVerbatimStringStartToken)
            || token.IsKind(SyntaxKind.InterpolatedSingleLineRawStringStartToken)
            || token.IsKind(SyntaxKind.InterpolatedMultiLineRawStringStartToken))
        {
            return new LiteralMode(
                token.IsKind(SyntaxKind.InterpolatedVerbatimStringStartToken),
                token.IsKind(SyntaxKind.InterpolatedSingleLineRawStringStartToken) || token.IsKind(SyntaxKind.InterpolatedMultiLineRawStringStartToken),
                isInterpolated: true);
        }

        return new LiteralMode(
            token.Text.StartsWith("@", System.StringComparison.Ordinal),
            token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken),
            isInterpolated: false);
    }
}
