using System.Collections.Generic;

namespace FirmwareGuard.Tests.Soundness;

/// <summary>One random shim call: its format and its arguments' kinds, in order.</summary>
internal sealed class GeneratedCall
{
    public GeneratedCall(int index, string format, IReadOnlyList<ArgumentKind> arguments)
    {
        Index = index;
        Format = format;
        Arguments = arguments;
    }

    public int Index { get; }

    public string Format { get; }

    public IReadOnlyList<ArgumentKind> Arguments { get; }

    public string MethodName => "Call" + Index;
}
