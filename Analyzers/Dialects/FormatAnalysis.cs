using System.Collections.Immutable;
using FirmwareGuard.Formats;

namespace FirmwareGuard.Dialects;

/// <summary>A format string read once by one dialect; shared by every call that uses the same constant.</summary>
internal sealed class FormatAnalysis
{
    public FormatAnalysis(Dialect dialect, ParsedFormat parsed, ImmutableArray<DirectiveBehavior> behaviors)
    {
        Dialect = dialect;
        Parsed = parsed;
        var directives = ImmutableArray.CreateBuilder<PlacedDirective>(behaviors.Length);
        var argument = 0;
        var slot = 0;
        foreach (var behavior in behaviors)
        {
            directives.Add(new PlacedDirective(behavior, directives.Count, argument, slot));
            argument += behavior.IntendedArgumentCount;
            slot += behavior.SlotsRead;
            IsMalformed |= behavior.Verdict == DirectiveVerdict.Malformed;
            HasProblem |= behavior.Verdict is not (DirectiveVerdict.Faithful or DirectiveVerdict.EscapedPercent);
            ReadsNothingForAnArgument |= behavior.SlotsRead == 0 && behavior.IntendedArgumentCount > 0;
        }

        Directives = directives.MoveToImmutable();
        IntendedArgumentCount = argument;
        SlotsRead = slot;
    }

    public Dialect Dialect { get; }

    public ParsedFormat Parsed { get; }

    /// <summary>One per directive, in order, with its arguments and slots.</summary>
    public ImmutableArray<PlacedDirective> Directives { get; }

    /// <summary>Arguments C's printf would take for this format.</summary>
    public int IntendedArgumentCount { get; }

    /// <summary>32-bit slots the printer reads for the whole format.</summary>
    public int SlotsRead { get; }

    public bool IsMalformed { get; }

    /// <summary>Some directive is not printed as C would print it.</summary>
    public bool HasProblem { get; }

    /// <summary>Some directive that C would give an argument reads no slot for it (<c>%*d</c> on hvmloader).</summary>
    public bool ReadsNothingForAnArgument { get; }
}
