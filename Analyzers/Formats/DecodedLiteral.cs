namespace FirmwareGuard.Formats;

/// <summary>A literal's value with, for each value character, the source span it was written as.</summary>
internal sealed class DecodedLiteral
{
    public DecodedLiteral(string value, int[] starts, int[] ends)
    {
        Value = value;
        Starts = starts;
        Ends = ends;
    }

    public string Value { get; }

    public int[] Starts { get; }

    public int[] Ends { get; }
}
