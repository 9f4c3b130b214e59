using System.Collections.Immutable;
using System.Linq;
using FirmwareGuard.FirmwareLog;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace FirmwareGuard.CodeFixes;

/// <summary>The C# that replaces a 64-bit argument: its two halves, a checked narrowing, or a narrower constant.</summary>
internal static class ArgumentExpressions
{
    /// <summary>
    /// <c>(uint)(v &gt;&gt; 32), (uint)v</c>. Enums and native integers shift through their 64-bit type
    /// (<c>(uint)((ulong)e &gt;&gt; 32)</c>). A half that can overflow a <c>checked</c> context (or a
    /// constant's compile-time check) is written <c>unchecked(...)</c>.
    /// </summary>
    public static ImmutableArray<ExpressionSyntax>? SplitHalves(ExpressionSyntax value, ITypeSymbol type, decimal? constant, bool checkedContext)
    {
        if (SixtyFourBitTypeOf(type) is not { } wide)
        {
            return null;
        }

        var signed = wide == SyntaxKind.LongKeyword;
        var upper = CastTo(SyntaxKind.UIntKeyword, UpperHalf(value, type, wide));
        var lower = CastTo(SyntaxKind.UIntKeyword, value);
        var upperMayOverflow = constant is { } upperValue ? upperValue < 0 : signed && checkedContext;
        var lowerMayOverflow = constant is { } lowerValue ? lowerValue < 0 || lowerValue > IntegerValue.UIntMaximum : checkedContext;
        return ImmutableArray.Create<ExpressionSyntax>(
            upperMayOverflow ? Unchecked(upper) : upper,
            lowerMayOverflow ? Unchecked(lower) : lower);
    }

    /// <summary>
    /// For an argument that prints the lower half of a 64-bit value (FG0101), the upper half written
    /// the way the lower half is — the same cast, inside the same <c>unchecked(...)</c> — followed by
    /// the lower half: <c>(int)(v &gt;&gt; 32), (int)v</c>, <c>(uint)(v &gt;&gt; 32), (uint)(v &amp; 0xFFFFFFFF)</c>.
    /// Null when the argument is not such a cast.
    /// </summary>
    public static ImmutableArray<ExpressionSyntax>? WithUpperHalf(IOperation lowerHalf, ExpressionSyntax written)
    {
        if (lowerHalf is not IConversionOperation { Syntax: CastExpressionSyntax cast }
            || WordHalf.Of(lowerHalf) is not { Half: Half.Lower } half
            || half.Value.Syntax is not ExpressionSyntax value
            || half.Value.Type is not { } type
            || SixtyFourBitTypeOf(type) is not { } wide
            || !written.DescendantNodesAndSelf().Contains(cast))
        {
            return null;
        }

        ExpressionSyntax upperCast = cast.WithExpression(UpperHalf(value, type, wide));
        if (!written.IsKind(SyntaxKind.UncheckedExpression) && !ConstantFits(UpperHalfOf(half.Value), lowerHalf.Type))
        {
            upperCast = Unchecked(upperCast);
        }

        var upper = written == cast ? upperCast : written.ReplaceNode(cast, upperCast);
        return ImmutableArray.Create(upper.WithoutTrivia(), written.WithoutTrivia());
    }

    /// <summary>The upper half of a constant (an arithmetic shift, as C# shifts a <c>long</c>), or null for a value that is not constant.</summary>
    private static decimal? UpperHalfOf(IOperation value) =>
        IntegerValue.Of(value) is { } constant ? decimal.Floor(constant / 4294967296m) : null;

    /// <summary>False for a constant the cast to <paramref name="type"/> would reject at compile time outside <c>unchecked</c>.</summary>
    private static bool ConstantFits(decimal? constant, ITypeSymbol? type) =>
        constant is not { } value || (IntegerValue.RangeOf(type) is { } range && value >= range.Minimum && value <= range.Maximum);

    /// <summary>
    /// <c>checked((int)v)</c> or <c>checked((uint)v)</c>. Where <c>v</c> holds arithmetic, a
    /// conversion or a lambda that ran unchecked, it stays so: <c>checked((uint)unchecked(a + b))</c>.
    /// </summary>
    public static ExpressionSyntax CheckedNarrowing(ExpressionSyntax value, bool signed, bool checkedContext)
    {
        var operand = !checkedContext && HasOverflowContextDependentCode(value) ? Unchecked(value) : value;
        return CheckedExpression(SyntaxKind.CheckedExpression, CastTo(signed ? SyntaxKind.IntKeyword : SyntaxKind.UIntKeyword, operand));
    }

    /// <summary>Code whose result <c>checked(...)</c> would change: arithmetic, increments, conversions, or a lambda that may hold them.</summary>
    private static bool HasOverflowContextDependentCode(ExpressionSyntax value) =>
        value.DescendantNodesAndSelf(node => node is not CheckedExpressionSyntax).Any(node => node
            is BinaryExpressionSyntax or PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax
            or CastExpressionSyntax or AssignmentExpressionSyntax or AnonymousFunctionExpressionSyntax);

    /// <summary>
    /// A constant that fits written as a 32-bit one: a literal loses its suffix (<c>5L</c> → <c>5</c>),
    /// a widening cast of a 32-bit constant is dropped (<c>(ulong)Const</c> → <c>Const</c>), and
    /// anything else is cast (<c>(uint)Big</c>).
    /// </summary>
    public static ExpressionSyntax NarrowConstant(ExpressionSyntax value, decimal constant, bool signed, SemanticModel model)
    {
        var inner = value;
        while (inner is ParenthesizedExpressionSyntax parenthesized)
        {
            inner = parenthesized.Expression;
        }

        if (inner is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax negated }
            && -constant <= IntegerValue.IntMaximum
            && SuffixFree(negated, -constant) is { } narrowedNegated)
        {
            return value.ReplaceNode(negated, narrowedNegated);
        }

        if (inner is LiteralExpressionSyntax literal && SuffixFree(literal, constant) is { } narrowed)
        {
            return value.ReplaceNode(literal, narrowed);
        }

        if (inner is CastExpressionSyntax cast
            && IntegerValue.RangeOf(model.GetTypeInfo(cast.Expression).Type) is { } range
            && range.Maximum <= IntegerValue.UIntMaximum
            && model.GetConstantValue(cast.Expression).HasValue)
        {
            return cast.Expression.WithTriviaFrom(value);
        }

        return CastTo(signed ? SyntaxKind.IntKeyword : SyntaxKind.UIntKeyword, value).WithTriviaFrom(value);
    }

    /// <summary>Wraps an expression in parentheses unless it is already a primary or unary expression.</summary>
    public static ExpressionSyntax Operand(ExpressionSyntax expression) =>
        expression is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax
            or LiteralExpressionSyntax or ParenthesizedExpressionSyntax or CastExpressionSyntax or ThisExpressionSyntax
            or CheckedExpressionSyntax or DefaultExpressionSyntax or GenericNameSyntax
            ? expression.WithoutTrivia()
            : ParenthesizedExpression(expression.WithoutTrivia());

    /// <summary><c>(v &gt;&gt; 32)</c>, through the value's 64-bit type when it is an enum or a native integer.</summary>
    private static ParenthesizedExpressionSyntax UpperHalf(ExpressionSyntax value, ITypeSymbol type, SyntaxKind wide) =>
        ParenthesizedExpression(BinaryExpression(
            SyntaxKind.RightShiftExpression,
            Operand(SameType(type, wide) ? value : CastTo(wide, value)),
            Literal(32)));

    /// <summary>The 64-bit type a value shifts as: <c>long</c> or <c>ulong</c>, or null for anything else.</summary>
    private static SyntaxKind? SixtyFourBitTypeOf(ITypeSymbol type)
    {
        if (type is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying })
        {
            type = underlying;
        }

        return type.SpecialType switch
        {
            SpecialType.System_Int64 or SpecialType.System_IntPtr => SyntaxKind.LongKeyword,
            SpecialType.System_UInt64 or SpecialType.System_UIntPtr => SyntaxKind.ULongKeyword,
            _ => null,
        };
    }

    private static bool SameType(ITypeSymbol type, SyntaxKind wide) =>
        type.SpecialType == (wide == SyntaxKind.LongKeyword ? SpecialType.System_Int64 : SpecialType.System_UInt64);

    private static CastExpressionSyntax CastTo(SyntaxKind keyword, ExpressionSyntax value) =>
        CastExpression(PredefinedType(Token(keyword)), Operand(value));

    private static CheckedExpressionSyntax Unchecked(ExpressionSyntax expression) =>
        CheckedExpression(SyntaxKind.UncheckedExpression, expression);

    private static LiteralExpressionSyntax Literal(int value) =>
        LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(value));

    /// <summary>The literal without its <c>L</c>/<c>UL</c> suffix, when that leaves an <c>int</c> or <c>uint</c> of the same value.</summary>
    private static LiteralExpressionSyntax? SuffixFree(LiteralExpressionSyntax literal, decimal value)
    {
        if (!literal.IsKind(SyntaxKind.NumericLiteralExpression))
        {
            return null;
        }

        var text = literal.Token.Text.TrimEnd('u', 'U', 'l', 'L');
        SyntaxToken token;
        if (value >= 0 && value <= IntegerValue.IntMaximum)
        {
            token = SyntaxFactory.Literal(literal.Token.LeadingTrivia, text, (int)value, literal.Token.TrailingTrivia);
        }
        else if (value > IntegerValue.IntMaximum && value <= IntegerValue.UIntMaximum)
        {
            token = SyntaxFactory.Literal(literal.Token.LeadingTrivia, text, (uint)value, literal.Token.TrailingTrivia);
        }
        else
        {
            return null;
        }

        return text == literal.Token.Text || text.Length == 0 ? null : literal.WithToken(token);
    }
}
