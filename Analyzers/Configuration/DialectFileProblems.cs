using System.Collections.Immutable;
using FirmwareGuard.Dialects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FirmwareGuard.Configuration;

/// <summary>A dialect file and what is wrong with it (FG0902): its parse errors and any dialect it defines again.</summary>
internal sealed class DialectFileProblems
{
    public DialectFileProblems(string path, SourceText? text, ImmutableArray<DialectFileError> errors)
    {
        Path = path;
        Text = text;
        Errors = errors;
    }

    public string Path { get; }

    /// <summary>The file's text, or null when it could not be read.</summary>
    public SourceText? Text { get; }

    /// <summary>The problems in line order; empty when the file could not be read.</summary>
    public ImmutableArray<DialectFileError> Errors { get; }

    /// <summary>The first bad line of the file (its first line when it could not be read).</summary>
    public Location Location
    {
        get
        {
            if (Text is null || Text.Lines.Count == 0)
            {
                return Location.Create(Path, default, default);
            }

            var index = Errors.IsEmpty ? 0 : System.Math.Min(Errors[0].Line, Text.Lines.Count) - 1;
            var line = Text.Lines[index];
            return Location.Create(Path, line.Span, Text.Lines.GetLinePositionSpan(line.Span));
        }
    }
}
