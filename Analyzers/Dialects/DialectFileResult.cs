using System.Collections.Immutable;

namespace FirmwareGuard.Dialects;

internal sealed class DialectFileResult
{
    public DialectFileResult(ImmutableArray<Dialect> dialects, ImmutableArray<DialectFileError> errors)
    {
        Dialects = dialects;
        Errors = errors;
    }

    /// <summary>The sections that were read without an error.</summary>
    public ImmutableArray<Dialect> Dialects { get; }

    public ImmutableArray<DialectFileError> Errors { get; }
}
