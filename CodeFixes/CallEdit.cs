using System.Collections.Generic;
using System.Collections.Immutable;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// The changes a fix makes to one shim call, by position: new text for some directives of the
/// format, a change to some variable arguments, or the format itself printed through <c>"%s"</c>.
/// Positions refer to the call as the analyzer read it, so edits from several diagnostics of the
/// same call can be merged and applied at once.
/// </summary>
internal sealed class CallEdit
{
    public static readonly CallEdit Empty = new(
        ImmutableDictionary<int, string>.Empty, ImmutableDictionary<int, ArgumentChange>.Empty, printFormatAsString: false);

    private CallEdit(ImmutableDictionary<int, string> directives, ImmutableDictionary<int, ArgumentChange> arguments, bool printFormatAsString)
    {
        Directives = directives;
        Arguments = arguments;
        PrintFormatAsString = printFormatAsString;
    }

    /// <summary>Directive index (in the format's directives) to the text that replaces it.</summary>
    public ImmutableDictionary<int, string> Directives { get; }

    /// <summary>Variable-argument index to its change.</summary>
    public ImmutableDictionary<int, ArgumentChange> Arguments { get; }

    /// <summary>The format becomes <c>"%s"</c> and the old format its only argument (FG0007).</summary>
    public bool PrintFormatAsString { get; }

    public bool IsEmpty => Directives.IsEmpty && Arguments.IsEmpty && !PrintFormatAsString;

    public CallEdit WithDirective(int index, string text) => new(Directives.SetItem(index, text), Arguments, PrintFormatAsString);

    public CallEdit WithArgument(int index, ArgumentChange change) => new(Directives, Arguments.SetItem(index, change), PrintFormatAsString);

    public CallEdit WithFormatPrintedAsString() => new(Directives, Arguments, printFormatAsString: true);

    /// <summary>All the edits together; where two touch the same directive or argument, the first wins.</summary>
    public static CallEdit Merge(IEnumerable<CallEdit> edits)
    {
        var directives = ImmutableDictionary.CreateBuilder<int, string>();
        var arguments = ImmutableDictionary.CreateBuilder<int, ArgumentChange>();
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

            printFormatAsString |= edit.PrintFormatAsString;
        }

        return new CallEdit(directives.ToImmutable(), arguments.ToImmutable(), printFormatAsString);
    }
}
