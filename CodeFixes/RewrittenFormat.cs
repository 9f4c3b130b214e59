using System.Collections.Generic;
using System.Linq;
using FirmwareGuard.Dialects;

namespace FirmwareGuard.CodeFixes;

/// <summary>The format's value after some directives are replaced, read again by the call's dialect.</summary>
internal static class RewrittenFormat
{
    /// <summary>
    /// True when every directive written by the replacements is one the printer reads as C would,
    /// so a fix never trades one finding for another.
    /// </summary>
    public static bool IsFaithful(FormatAnalysis format, IReadOnlyDictionary<int, string> directiveTexts)
    {
        var value = format.Parsed.Text;
        var replaced = new List<(int Start, int End)>();
        var shift = 0;
        foreach (var pair in directiveTexts.OrderBy(p => p.Key))
        {
            var directive = format.Directives[pair.Key].Behavior.Directive;
            var start = directive.Start + shift;
            value = value.Substring(0, start) + pair.Value + value.Substring(start + directive.Length);
            replaced.Add((start, start + pair.Value.Length));
            shift += pair.Value.Length - directive.Length;
        }

        var reread = format.Dialect.Analyze(value);
        return reread.Directives
            .Where(d => replaced.Any(r => d.Behavior.Directive.Start >= r.Start && d.Behavior.Directive.Start < r.End))
            .All(d => d.Behavior.Verdict is DirectiveVerdict.Faithful or DirectiveVerdict.EscapedPercent);
    }
}
