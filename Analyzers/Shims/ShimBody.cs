using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.Shims;

/// <summary>
/// Which calls in a function's body go unchecked because the function is a shim. A shim marked with
/// <c>[PrintfShim]</c> or named in the configuration is the printer itself, so nothing in its body (or
/// in a function nested in it) is checked. An inferred wrapper is ordinary code that also forwards:
/// only its forwarding calls — those passing its own format parameter on — are exempt, and its other
/// messages are checked like any caller's. A local function is a function of its own here.
/// </summary>
internal sealed class ShimBody
{
    private readonly bool whole;
    private readonly ImmutableArray<IParameterSymbol> forwardedFormats;

    private ShimBody(ISymbol? function, bool whole, ImmutableArray<IParameterSymbol> forwardedFormats)
    {
        Function = function;
        this.whole = whole;
        this.forwardedFormats = forwardedFormats;
    }

    /// <summary>The method or local function whose body this is.</summary>
    public ISymbol? Function { get; }

    /// <summary>The innermost method or local function around the operation: a lambda is never a shim.</summary>
    public static ISymbol? FunctionOf(ISymbol? containingSymbol, IOperation operation)
    {
        for (var node = operation.Parent; node is not null; node = node.Parent)
        {
            if (node is ILocalFunctionOperation local)
            {
                return local.Symbol;
            }
        }

        return containingSymbol;
    }

    public static ShimBody Of(ISymbol? function, SyntaxTree tree, ShimResolver resolver)
    {
        var forwardedFormats = ImmutableArray<IParameterSymbol>.Empty;
        for (var symbol = function; symbol is not null; symbol = symbol.ContainingSymbol)
        {
            if (symbol.Kind == SymbolKind.NamedType)
            {
                break;
            }

            if (symbol is not IMethodSymbol method || ShimCandidate.Of(method.OriginalDefinition) is not { } candidate)
            {
                continue;
            }

            if (resolver.InferredWrapperOf(method, tree) is { } wrapper)
            {
                forwardedFormats = forwardedFormats.Add(wrapper.Shim.Method.Parameters[wrapper.Shim.FormatOrdinal]);
            }
            else if (resolver.Resolve(candidate, tree) is not null)
            {
                return new ShimBody(function, whole: true, ImmutableArray<IParameterSymbol>.Empty);
            }
        }

        return new ShimBody(function, whole: false, forwardedFormats);
    }

    public bool Exempts(IInvocationOperation call) => whole || (!forwardedFormats.IsEmpty && PassesAForwardedFormat(call));

    private bool PassesAForwardedFormat(IInvocationOperation call)
    {
        foreach (var argument in call.Arguments)
        {
            var value = argument.Value;
            while (value is IConversionOperation { IsImplicit: true } conversion)
            {
                value = conversion.Operand;
            }

            if (value is IParameterReferenceOperation reference && forwardedFormats.Contains(reference.Parameter.OriginalDefinition, SymbolEqualityComparer.Default))
            {
                return true;
            }
        }

        return false;
    }
}
