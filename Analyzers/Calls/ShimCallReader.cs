using System;
using System.Collections.Immutable;
using System.Linq;
using FirmwareGuard.Configuration;
using FirmwareGuard.Dialects;
using FirmwareGuard.Shims;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.Calls;

/// <summary>Turns an invocation into a <see cref="ShimCall"/>, or null when the callee is not a shim.</summary>
internal static class ShimCallReader
{
    public static ShimCall? Read(IInvocationOperation invocation, ShimCandidate? candidate, FirmwareGuardContext context)
    {
        if (candidate is null)
        {
            return null;
        }

        var tree = OperationTrees.Of(invocation);
        var shim = context.Resolver.Resolve(candidate, tree);
        if (shim is null)
        {
            return null;
        }

        var dialectName = shim.DialectName ?? context.OptionsFor(tree).DialectName;
        if (!context.TryGetDialect(dialectName, out var dialect))
        {
            var namer = shim.DialectName is null ? DialectNamer.Option : DialectNamer.CalledShim;
            context.UnknownDialects.AddCall(new UnknownDialectUse(dialectName, namer, shim.Method, CalleeLocation(invocation)));
            return null;
        }

        IOperation? formatValue = null;
        var elements = ImmutableArray<IOperation>.Empty;
        IOperation? argumentArray = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is null)
            {
                if (shim.Shape == VariadicShape.ArgList)
                {
                    elements = elements.AddRange(argument.Value.ChildOperations);
                }

                continue;
            }

            if (argument.Parameter.Ordinal == shim.FormatOrdinal)
            {
                formatValue = argument.Value;
            }
            else if (argument.Parameter.Ordinal == shim.VariadicOrdinal && shim.Shape != VariadicShape.ArgList)
            {
                if (!TryReadElements(argument, out elements))
                {
                    argumentArray = argument.Value;
                }
            }
        }

        var text = formatValue is null ? null : ConstantText(formatValue);
        var format = text is null ? null : context.Analyze(dialect, text);

        var arguments = argumentArray is null ? ReadArguments(elements, dialect) : ImmutableArray<ShimArgument>.Empty;
        return new ShimCall(invocation, shim, dialect, formatValue, format, arguments, argumentArray, context);
    }

    /// <summary>
    /// A builder per thread, so that reading a call's arguments allocates only their array. It is emptied
    /// after each call, so it holds no operation of a compilation between calls.
    /// </summary>
    [ThreadStatic]
    private static ImmutableArray<ShimArgument>.Builder? argumentsBuilder;

    private static ImmutableArray<ShimArgument> ReadArguments(ImmutableArray<IOperation> elements, Dialect dialect)
    {
        if (elements.IsEmpty)
        {
            return ImmutableArray<ShimArgument>.Empty;
        }

        var builder = argumentsBuilder ??= ImmutableArray.CreateBuilder<ShimArgument>();
        try
        {
            var slot = 0;
            foreach (var element in elements)
            {
                var argument = new ShimArgument(builder.Count, AsWritten(element), dialect, slot);
                slot += argument.Slots;
                builder.Add(argument);
            }

            return builder.ToImmutable();
        }
        finally
        {
            builder.Clear();
        }
    }

    /// <summary>
    /// Reads the elements of the variable-argument parameter: an expanded <c>params</c> list, an
    /// explicit <c>new object[] { ... }</c> or collection expression, or a <c>null</c> or
    /// <c>new object[0]</c> array (no arguments). False for an existing array or span, which cannot be
    /// checked. The elements of an array creation are taken as they are, without a copy: this runs for
    /// every shim call.
    /// </summary>
    private static bool TryReadElements(IArgumentOperation argument, out ImmutableArray<IOperation> elements)
    {
        elements = ImmutableArray<IOperation>.Empty;
        var value = argument.Value;
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        if (value is IArrayCreationOperation { Initializer: { } initializer })
        {
            elements = initializer.ElementValues;
            return true;
        }

        if (value is IArrayCreationOperation { DimensionSizes.Length: 1 } empty && empty.DimensionSizes[0].ConstantValue is { HasValue: true, Value: 0 })
        {
            return true;
        }

        if (value.Kind == NewerOperationKinds.CollectionExpression)
        {
            var children = value.ChildOperations.ToImmutableArray();
            if (children.Any(c => c.Kind == NewerOperationKinds.Spread))
            {
                return false;
            }

            elements = children;
            return true;
        }

        return value.ConstantValue is { HasValue: true, Value: null };
    }

    /// <summary>
    /// The format's value when it is a compile-time constant. A literal's is read from its token, which
    /// holds the string: a string constant's <c>ConstantValue</c> rebuilds the string behind a new weak
    /// reference the first time it is asked, once for every literal.
    /// </summary>
    private static string? ConstantText(IOperation format) =>
        format is ILiteralOperation { Syntax: LiteralExpressionSyntax literal } && literal.IsKind(SyntaxKind.StringLiteralExpression)
            ? literal.Token.ValueText
            : format.ConstantValue is { HasValue: true, Value: string text } ? text : null;

    private static Location CalleeLocation(IInvocationOperation invocation) =>
        invocation.Syntax is InvocationExpressionSyntax call ? call.Expression.GetLocation() : invocation.Syntax.GetLocation();

    /// <summary>The argument before the implicit conversion to <c>object</c> that the params list applies.</summary>
    private static IOperation AsWritten(IOperation element) =>
        element is IConversionOperation { IsImplicit: true, Type.SpecialType: SpecialType.System_Object } conversion
            ? conversion.Operand
            : element;
}
