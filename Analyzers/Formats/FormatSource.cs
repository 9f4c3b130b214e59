using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace FirmwareGuard.Formats;

/// <summary>
/// Maps character offsets in a constant format's value back to source: through escapes, verbatim,
/// raw and multi-line raw literals, concatenations and constant interpolated strings. A piece
/// whose characters cannot be traced (a <c>const</c> from elsewhere) maps to the whole expression.
/// </summary>
internal sealed class FormatSource
{
    private readonly IOperation formatValue;
    private List<Segment>? segments;

    public FormatSource(IOperation formatValue)
    {
        this.formatValue = formatValue;
    }

    /// <summary>The source location of value characters [start, start + length).</summary>
    public Location Locate(int start, int length)
    {
        segments ??= Build();
        var last = start + System.Math.Max(length, 1) - 1;
        var first = Find(start);
        var final = Find(last);
        if (first is null || final is null)
        {
            return formatValue.Syntax.GetLocation();
        }

        var from = first.SourceStart(start - first.ValueStart);
        var to = final.SourceEnd(last - final.ValueStart);
        return Location.Create(formatValue.Syntax.SyntaxTree, TextSpan.FromBounds(from, System.Math.Max(from, to)));
    }

    private Segment? Find(int offset)
    {
        foreach (var segment in segments!)
        {
            if (offset >= segment.ValueStart && offset < segment.ValueStart + segment.ValueLength)
            {
                return segment;
            }
        }

        return null;
    }

    private List<Segment> Build()
    {
        var result = new List<Segment>();
        Collect(formatValue, 0, result);
        return result;
    }

    private static int Collect(IOperation operation, int offset, List<Segment> result)
    {
        var value = operation.ConstantValue is { HasValue: true, Value: string text } ? text : string.Empty;
        switch (operation)
        {
            case IConversionOperation { IsImplicit: true } conversion:
                Collect(conversion.Operand, offset, result);
                break;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary
                when binary.LeftOperand.ConstantValue.HasValue && binary.RightOperand.ConstantValue.HasValue:
                var leftLength = Collect(binary.LeftOperand, offset, result);
                Collect(binary.RightOperand, offset + leftLength, result);
                break;
            case ILiteralOperation { Syntax: LiteralExpressionSyntax literal }:
                result.Add(Segment.Traced(offset, value, literal.Token, LiteralMode.Of(literal.Token)) ?? Segment.Opaque(offset, value.Length, literal.Span));
                break;
            case IInterpolatedStringOperation interpolated when interpolated.Syntax is InterpolatedStringExpressionSyntax syntax:
                var mode = LiteralMode.Of(syntax.StringStartToken);
                var partOffset = offset;
                foreach (var part in interpolated.Parts)
                {
                    var partValue = part is IInterpolatedStringTextOperation textPart
                        ? textPart.Text.ConstantValue.Value as string ?? string.Empty
                        : (part as IInterpolationOperation)?.Expression.ConstantValue.Value as string ?? string.Empty;
                    var traced = part.Syntax is InterpolatedStringTextSyntax textSyntax
                        ? Segment.Traced(partOffset, partValue, textSyntax.TextToken, mode)
                        : null;
                    result.Add(traced ?? Segment.Opaque(partOffset, partValue.Length, part.Syntax.Span));
                    partOffset += partValue.Length;
                }

                break;
            default:
                result.Add(Segment.Opaque(offset, value.Length, operation.Syntax.Span));
                break;
        }

        return value.Length;
    }

    private sealed class Segment
    {
        private readonly TextSpan whole;
        private readonly int[]? starts;
        private readonly int[]? ends;

        private Segment(int valueStart, int valueLength, TextSpan whole, int[]? starts, int[]? ends)
        {
            ValueStart = valueStart;
            ValueLength = valueLength;
            this.whole = whole;
            this.starts = starts;
            this.ends = ends;
        }

        public int ValueStart { get; }

        public int ValueLength { get; }

        public static Segment Opaque(int valueStart, int valueLength, TextSpan whole) =>
            new(valueStart, valueLength, whole, null, null);

        /// <summary>A segment whose characters are traced one by one, or null when decoding does not reproduce the value.</summary>
        public static Segment? Traced(int valueStart, string value, SyntaxToken token, LiteralMode mode)
        {
            var decoded = LiteralDecoder.Decode(token, mode);
            if (decoded is null || decoded.Value != value)
            {
                return null;
            }

            return new Segment(valueStart, value.Length, token.Span, decoded.Starts, decoded.Ends);
        }

        public int SourceStart(int index) => starts is null ? whole.Start : starts[index];

        public int SourceEnd(int index) => ends is null ? whole.End : ends[index];
    }
}
