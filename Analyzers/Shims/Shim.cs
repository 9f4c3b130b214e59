using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Shims;

/// <summary>A method recognised as a printf shim: where its format and variable arguments are, and which printer it feeds.</summary>
internal sealed class Shim
{
    public Shim(IMethodSymbol method, int formatOrdinal, VariadicShape shape, string? dialectName)
    {
        Method = method;
        FormatOrdinal = formatOrdinal;
        Shape = shape;
        DialectName = dialectName;
    }

    public IMethodSymbol Method { get; }

    /// <summary>Ordinal of the <c>string</c> format parameter (right before the variable arguments).</summary>
    public int FormatOrdinal { get; }

    /// <summary>Ordinal of the <c>params</c> parameter; for <c>__arglist</c>, one past the last parameter.</summary>
    public int VariadicOrdinal => FormatOrdinal + 1;

    public VariadicShape Shape { get; }

    /// <summary>The dialect the shim names itself (<c>[PrintfShim("seabios")]</c>), or null for the configured default.</summary>
    public string? DialectName { get; }
}
