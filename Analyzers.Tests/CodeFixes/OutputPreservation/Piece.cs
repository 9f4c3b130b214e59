using System;
using System.Globalization;

namespace FirmwareGuard.Tests.CodeFixes.OutputPreservation;

/// <summary>What a generated argument holds.</summary>
public enum PieceKind
{
    UnsignedWide,
    SignedWide,
    Unsigned,
    Signed,
    Text,
}

/// <summary>
/// One directive of a generated call and the argument written for it, with how to compute the
/// argument's value for a given set of inputs and what C's printf, reading that value whole,
/// would print for it.
/// </summary>
public sealed class Piece
{
    public Piece(string directive, PieceKind kind, string expression, int input, decimal? constant, string? variable = null)
    {
        Directive = directive;
        Kind = kind;
        Expression = expression;
        Input = input;
        Constant = constant;
        Variable = variable;
    }

    public string Directive { get; }

    public PieceKind Kind { get; }

    /// <summary>The C# argument, e.g. <c>Trace.Ev(3, w3)</c>.</summary>
    public string Expression { get; }

    /// <summary>Index of the input the argument's value comes from (unused for constants and text).</summary>
    public int Input { get; }

    public decimal? Constant { get; }

    /// <summary>The local or field the argument is a plain read of (<c>v3</c>, <c>F12_3</c>), which a later argument may write; null otherwise.</summary>
    public string? Variable { get; }

    /// <summary>The C# type of the argument's value.</summary>
    public string Type => Kind switch
    {
        PieceKind.UnsignedWide => "ulong",
        PieceKind.SignedWide => "long",
        PieceKind.Unsigned => "uint",
        PieceKind.Signed => "int",
        _ => "string",
    };

    /// <summary>The same value, written another way.</summary>
    public Piece WithExpression(string expression) => new(Directive, Kind, expression, Input, Constant);

    public bool IsWide => Kind is PieceKind.UnsignedWide or PieceKind.SignedWide;

    /// <summary>The argument's value for one set of inputs, as the 64-bit pattern the inputs hold.</summary>
    public ulong ValueBits(ulong[] inputs) => Constant is { } constant
        ? (constant < 0 ? unchecked((ulong)(long)constant) : (ulong)constant)
        : inputs[Input];

    /// <summary>The value as C# passes it (the object the shim receives).</summary>
    public object? Boxed(ulong[] inputs)
    {
        var bits = ValueBits(inputs);
        return Kind switch
        {
            PieceKind.UnsignedWide => bits,
            PieceKind.SignedWide => unchecked((long)bits),
            PieceKind.Unsigned => unchecked((uint)bits),
            PieceKind.Signed => unchecked((int)bits),
            _ => "text",
        };
    }

    /// <summary>What C's printf prints for the directive when it reads the whole 64-bit value (ll semantics).</summary>
    public string Intended(ulong[] inputs)
    {
        var bits = ValueBits(inputs);
        var conversion = Directive[Directive.Length - 1];
        var flags = Directive.Substring(1, Directive.Length - 2).TrimEnd('l');
        var alternate = flags.Contains('#', StringComparison.Ordinal);
        var zero = flags.Replace("#", string.Empty, StringComparison.Ordinal).StartsWith('0');
        var widthText = flags.Replace("#", string.Empty, StringComparison.Ordinal).TrimStart('0');
        var width = widthText.Length == 0 ? 0 : int.Parse(widthText, CultureInfo.InvariantCulture);
        var digits = conversion switch
        {
            'x' => bits.ToString("x", CultureInfo.InvariantCulture),
            'X' => bits.ToString("X", CultureInfo.InvariantCulture),
            'd' => unchecked((long)bits).ToString(CultureInfo.InvariantCulture),
            'u' => bits.ToString(CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException("no intended text for " + Directive),
        };
        var prefix = alternate && bits != 0 ? (conversion == 'X' ? "0X" : "0x") : string.Empty;
        var sign = digits.StartsWith('-') ? "-" : string.Empty;
        digits = digits.TrimStart('-');
        var padding = Math.Max(0, width - prefix.Length - sign.Length - digits.Length);
        return zero
            ? sign + prefix + new string('0', padding) + digits
            : new string(' ', padding) + sign + prefix + digits;
    }
}
