using System.Collections.Generic;
using System.Collections.Immutable;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// The changes a fix makes to one shim call, by position: new text for some directives of the
/// format, a change to some variable arguments, a newline appended to the format, or the format
/// itself printed through <c>"%s"</c>.
/// Positions refer to the call as the analyzer read it, so edits from several diagnostics of the
/// same call can be merged and applied at once.
/// </summary>
internal sealed class CallEdit
{
    public static readonly CallEdit Empty = new(
        ImmutableDictionary<int, string>.Empty, ImmutableDictionary<int, ArgumentChange>.Empty, appendsNewline: false, printFormatAsString: false);

    private CallEdit(ImmutableDictionary<int, string> directives, ImmutableDictionary<int, ArgumentChange> arguments, bool appendsNewline, bool printFormatAsString)
    {
        Directives = directives;
        Arguments = arguments;
        AppendsNewline = appendsNewline;
        PrintFormatAsString = printFormatAsString;
    }

    /// <summary>Directive index (in the format's directives) to the text that replaces it.</summary>
    public ImmutableDictionary<int, string> Directives { get; }

    /// <summary>Variable-argument index to its change.</summary>
    public ImmutableDictionary<int, ArgumentChange> Arguments { get; }

    /// <summary>The format ends in a <c>\n</c> it did not have (FG0104).</summary>
    public bool AppendsNewline { get; }

    /// <summary>The format becomes <c>"%s"</c> and the old format its only argument (FG0007).</summary>
    public bool PrintFormatAsString { get; }

    public bool IsEmpty => Directives.IsEmpty && Arguments.IsEmpty && !AppendsNewline && !PrintFormatAsString;

    public CallEdit WithDirective(int index, string text) => new(Directives.SetItem(index, text), Arguments, AppendsNewline, PrintFormatAsString);

    public CallEdit WithArgument(int index, ArgumentChange change) => new(Directives, Arguments.SetItem(index, change), AppendsNewline, PrintFormatAsString);

    public CallEdit WithNewlineAppended() => new(Directives, Arguments, appendsNewline: true, PrintFormatAsString);

    public CallEdit WithFormatPrintedAsString() => new(Directives, Arguments, AppendsNewline, printFormatAsString: true);

    /// <summary>All the edits together; where two touch the same directive or argument, the first wins.</summary>
    public static CallEdit Merge(IEnumerable<CallEdit> edits)
    {
        var directives = ImmutableDictionary.CreateBuilder<int, string>();
        var arguments = ImmutableDictionary.CreateBuilder<int, ArgumentChange>();
        var appendsNewline = false;
        var printFormatAsString = false;
        foreach (var edit in edits)
        {
            foreach (var pair in edit.Directives)
            {
                if (!directives.ContainsKey(pair.Key))
                {
                    directives.Add(pair);
                }
            }

            foreach (var pair in edit.Arguments)
            {
                if (!arguments.ContainsKey(pair.Key))
                {
                    arguments.Add(pair);
                }
            }

            appendsNewline |= edit.AppendsNewline;
            printFormatAsString |= edit.PrintFormatAsString;
        }

        return new CallEdit(directives.ToImmutable(), arguments.ToImmutable(), appendsNewline, printFormatAsString);
    }
}
