using System.Collections.Immutable;

namespace FirmwareGuard.Formats;

/// <summary>A format string split into its directives; everything between them is literal text.</summary>
internal sealed class ParsedFormat
{
    public ParsedFormat(string text, ImmutableArray<FormatDirective> directives)
    {
        Text = text;
        Directives = directives;
    }

    public string Text { get; }

    /// <summary>Every directive in order, <c>%%</c> included.</summary>
    public ImmutableArray<FormatDirective> Directives { get; }

    /// <summary>The literal runs: the text before, between and after the directives.</summary>
    public ImmutableArray<(int Start, int Length)> LiteralRuns
    {
        get
        {
            var runs = ImmutableArray.CreateBuilder<(int, int)>();
            var position = 0;
            foreach (var directive in Directives)
            {
                if (directive.Start > position)
                {
                    runs.Add((position, directive.Start - position));
                }

                position = directive.End;
            }

            if (Text.Length > position)
            {
                runs.Add((position, Text.Length - position));
            }

            return runs.ToImmutable();
        }
    }
}
