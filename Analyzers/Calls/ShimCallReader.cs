using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FirmwareGuard.Dialects;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.Calls;

/// <summary>Turns an invocation into a <see cref="ShimCall"/>, or null when the callee is not a shim.</summary>
internal static class ShimCallReader
{
    public static ShimCall? Read(IInvocationOperation invocation, FirmwareGuardContext context)
    {
        if (!ShimResolver.HasShimShape(invocation.TargetMethod))
        {
            return null;
        }

        var options = context.OptionsFor(invocation.Syntax.SyntaxTree);
        var shim = context.Resolver.Resolve(invocation.TargetMethod, options);
        if (shim is null || !context.TryGetDialect(shim.DialectName ?? options.DialectName, out var dialect))
        {
            return null;
        }

        IOperation? formatValue = null;
        var elements = new List<IOperation>();
        IOperation? argumentArray = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is null)
            {
                if (shim.Shape == VariadicShape.ArgList)
                {
                    elements.AddRange(argument.Value.ChildOperations);
                }

                continue;
            }

            if (argument.Parameter.Ordinal == shim.FormatOrdinal)
            {
                formatValue = argument.Value;
            }
            else if (argument.Parameter.Ordinal == shim.VariadicOrdinal && shim.Shape != VariadicShape.ArgList)
            {
                if (!TryReadElements(argument, elements))
                {
                    argumentArray = argument.Value;
                }
            }
        }

        FormatAnalysis? format = null;
        if (formatValue?.ConstantValue is { HasValue: true, Value: string text })
        {
            format = context.Analyze(dialect, text);
        }

        var arguments = ImmutableArray<ShimArgument>.Empty;
        if (argumentArray is null)
        {
            var builder = ImmutableArray.CreateBuilder<ShimArgument>(elements.Count);
            var slot = 0;
            foreach (var element in elements)
            {
                var argument = new ShimArgument(builder.Count, AsWritten(element), slot);
                slot += argument.Slots;
                builder.Add(argument);
            }

            arguments = builder.MoveToImmutable();
        }

        return new ShimCall(invocation, shim, dialect, formatValue, format, arguments, argumentArray);
    }

    /// <summary>
    /// Reads the elements of the variable-argument parameter: an expanded <c>params</c> list, an
    /// explicit <c>new object[] { ... }</c> or collection expression, or a <c>null</c> or
    /// <c>new object[0]</c> array (no arguments). False for an existing array or span, which cannot be checked.
    /// </summary>
    private static bool TryReadElements(IArgumentOperation argument, List<IOperation> elements)
    {
        var value = argument.Value;
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        if (value is IArrayCreationOperation { Initializer: { } initializer })
        {
            elements.AddRange(initializer.ElementValues);
            return true;
        }

        if (value is IArrayCreationOperation { DimensionSizes.Length: 1 } empty && empty.DimensionSizes[0].ConstantValue is { HasValue: true, Value: 0 })
        {
            return true;
        }

        if (value.Kind == NewerOperationKinds.CollectionExpression)
        {
            var children = value.ChildOperations.ToList();
            if (children.Any(c => c.Kind == NewerOperationKinds.Spread))
            {
                return false;
            }

            elements.AddRange(children);
            return true;
        }

        if (value.ConstantValue is { HasValue: true, Value: null })
        {
            return true;
        }

        return false;
    }

    /// <summary>The argument before the implicit conversion to <c>object</c> that the params list applies.</summary>
    private static IOperation AsWritten(IOperation element) =>
        element is IConversionOperation { IsImplicit: true, Type.SpecialType: SpecialType.System_Object } conversion
            ? conversion.Operand
            : element;
}
