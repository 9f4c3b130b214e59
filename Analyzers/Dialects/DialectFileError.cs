namespace FirmwareGuard.Dialects;

/// <summary>A problem in a dialect file, at a 1-based line.</summary>
internal sealed class DialectFileError
{
    public DialectFileError(int line, string message)
    {
        Line = line;
        Message = message;
    }

    public int Line { get; }

    public string Message { get; }

    public override string ToString() => $"line {Line}: {Message}";
}
