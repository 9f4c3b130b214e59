using System.Collections.Generic;
using FirmwareGuard.Calls;
using FirmwareGuard.Dialects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.FirmwareLog;

/// <summary>How a message's printed text ends, as far as the call shows it.</summary>
internal enum LineEnding
{
    /// <summary>It prints nothing.</summary>
    Empty,

    /// <summary>Its last character is a newline.</summary>
    Newline,

    /// <summary>It ends with text after its last newline: it leaves a line open.</summary>
    Open,

    /// <summary>A piece the call does not show (a non-constant format or <c>%s</c>) or that differs between runs decides it.</summary>
    Unknown,
}

/// <summary>
/// What a console message does to the current line, worked out from the text it prints: the
/// format's literal text, its line ends as the printer writes them (EDK2 writes <c>\n\r</c> as
/// <c>\r\n</c>, which ends the line; a lone <c>\r</c> does not), with <c>%s</c> and <c>%c</c> replaced by their argument where that is a
/// constant (<c>"%s", "done\n"</c>, <c>"%c", '\n'</c>) or a choice between constants
/// (<c>ok ? "ok\n" : "no\n"</c>). Any other argument of <c>%s</c> or <c>%c</c>, and a non-constant
/// format, may print a newline anywhere. Numbers never do.
/// </summary>
internal readonly struct LineEffect
{
    private LineEffect(LineEnding ending, bool mayEndLine, bool beginsWithNewline)
    {
        Ending = ending;
        MayEndLine = mayEndLine;
        BeginsWithNewline = beginsWithNewline;
    }

    public LineEnding Ending { get; }

    /// <summary>It prints, or may print, a newline: it ends a line open before it.</summary>
    public bool MayEndLine { get; }

    /// <summary>Its newline comes before any text, so nothing open before it is glued to text of its own.</summary>
    public bool BeginsWithNewline { get; }

    public static LineEffect Of(ShimCall call)
    {
        if (call.Format is not { } format)
        {
            return new LineEffect(LineEnding.Unknown, mayEndLine: true, beginsWithNewline: false);
        }

        var pieces = Pieces(call, format);
        return new LineEffect(EndingOf(pieces), MayPrintNewline(pieces), NewlineComesFirst(pieces, format.Dialect.LineEnd));
    }

    /// <summary>The printed text in order, the format's own text with its line ends as the printer writes them; each piece lists the texts it may be, or is null when unknown.</summary>
    private static List<string[]?> Pieces(ShimCall call, FormatAnalysis format)
    {
        var text = format.Parsed.Text;
        var pieces = new List<string[]?>();
        var position = 0;
        foreach (var directive in format.Directives)
        {
            if (directive.Behavior.IsStar)
            {
                continue;
            }

            var written = directive.Behavior.Directive;
            pieces.Add(new[] { format.Dialect.Written(text.Substring(position, written.Start - position)) });
            pieces.Add(Printed(call, directive));
            position = written.End;
        }

        pieces.Add(new[] { format.Dialect.Written(text.Substring(position)) });
        return pieces;
    }

    private static string[]? Printed(ShimCall call, PlacedDirective directive)
    {
        var behavior = directive.Behavior;
        if (behavior.Verdict is not (DirectiveVerdict.Faithful or DirectiveVerdict.Deviates))
        {
            // %% and directives the printer prints as text: no argument shows up.
            return new[] { behavior.Verdict == DirectiveVerdict.EscapedPercent ? "%" : behavior.Directive.Text };
        }

        if (behavior.Spec!.Kind is not (ConversionKind.String or ConversionKind.Character))
        {
            return behavior.Spec.Kind is ConversionKind.Nothing or ConversionKind.WriteCount ? new[] { string.Empty } : new[] { "0" };
        }

        var plain = behavior.Directive.Flags.Length == 0 && behavior.Directive.Width is null && !behavior.Directive.HasPrecision;
        return plain && call.ValueArgumentOf(directive) is { } argument ? ConstantTexts(argument.Value) : null;
    }

    /// <summary>The texts a constant, or a choice between constants, can be; null for anything else.</summary>
    public static string[]? ConstantTexts(IOperation value)
    {
        value = ValueIdentity.WithoutConversions(value);
        if (value.ConstantValue is { HasValue: true, Value: var constant })
        {
            return constant switch
            {
                string s => new[] { s },
                char c => new[] { c.ToString() },
                _ => null,
            };
        }

        if (value is IConditionalOperation { WhenFalse: { } whenFalse } conditional
            && ConstantTexts(conditional.WhenTrue) is { } whenTrueTexts
            && ConstantTexts(whenFalse) is { } whenFalseTexts)
        {
            var texts = new string[whenTrueTexts.Length + whenFalseTexts.Length];
            whenTrueTexts.CopyTo(texts, 0);
            whenFalseTexts.CopyTo(texts, whenTrueTexts.Length);
            return texts;
        }

        return null;
    }

    private static LineEnding EndingOf(List<string[]?> pieces)
    {
        for (var i = pieces.Count - 1; i >= 0; i--)
        {
            if (pieces[i] is not { } texts)
            {
                return LineEnding.Unknown;
            }

            if (Agree(texts, static t => t.Length == 0) is not { } empty)
            {
                return LineEnding.Unknown;
            }

            if (!empty)
            {
                return Agree(texts, static t => t[t.Length - 1] == '\n') switch
                {
                    true => LineEnding.Newline,
                    false => LineEnding.Open,
                    null => LineEnding.Unknown,
                };
            }
        }

        return LineEnding.Empty;
    }

    private static bool MayPrintNewline(List<string[]?> pieces)
    {
        foreach (var texts in pieces)
        {
            if (texts is null)
            {
                return true;
            }

            foreach (var text in texts)
            {
                if (text.IndexOf('\n') >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The first text printed is a newline, or the line end the printer writes for one (EDK2's <c>\r\n</c>).</summary>
    private static bool NewlineComesFirst(List<string[]?> pieces, string lineEnd)
    {
        foreach (var texts in pieces)
        {
            if (texts is null || Agree(texts, static t => t.Length == 0) is not { } empty)
            {
                return false;
            }

            if (!empty)
            {
                return Agree(texts, t => t[0] == '\n' || t.StartsWith(lineEnd, System.StringComparison.Ordinal)) == true;
            }
        }

        return false;
    }

    /// <summary>The test's answer when every text gives the same one, else null.</summary>
    private static bool? Agree(string[] texts, System.Func<string, bool> test)
    {
        var first = test(texts[0]);
        for (var i = 1; i < texts.Length; i++)
        {
            if (test(texts[i]) != first)
            {
                return null;
            }
        }

        return first;
    }
}
