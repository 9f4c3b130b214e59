using System.Collections.Generic;
using System.Collections.Immutable;

namespace FirmwareGuard.Dialects;

internal sealed class DialectFileResult
{
    private readonly ImmutableDictionary<string, int> sectionLines;

    public DialectFileResult(ImmutableArray<Dialect> dialects, ImmutableArray<DialectFileError> errors, ImmutableDictionary<string, int> sectionLines)
    {
        Dialects = dialects;
        Errors = errors;
        this.sectionLines = sectionLines;
    }

    /// <summary>The sections that were read without an error.</summary>
    public ImmutableArray<Dialect> Dialects { get; }

    public ImmutableArray<DialectFileError> Errors { get; }

    /// <summary>Every dialect the file names in a well-formed <c>[name]</c> header, loaded or not.</summary>
    public IEnumerable<string> SectionNames => sectionLines.Keys;

    /// <summary>The 1-based line of the <c>[name]</c> header that defines a dialect of this file.</summary>
    public int LineOf(Dialect dialect) => sectionLines[dialect.Name];
}
