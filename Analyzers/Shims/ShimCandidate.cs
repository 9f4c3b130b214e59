using System.Linq;
using FirmwareGuard.Marks;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Shims;

/// <summary>
/// A method with a shim's shape (a string before <c>params</c> or <c>__arglist</c>), as the shim it
/// would be: whether <c>[PrintfShim]</c> marks it, and the names the configuration may list it by.
/// </summary>
internal sealed class ShimCandidate
{
    private string? documentationId;
    private string? qualifiedName;

    private ShimCandidate(Shim shim, bool isAttributed, bool mayBeWrapper)
    {
        Shim = shim;
        IsAttributed = isAttributed;
        MayBeWrapper = mayBeWrapper;
    }

    public Shim Shim { get; }

    public bool IsAttributed { get; }

    /// <summary>Declared once in source with <c>params</c>, so it may be an inferred wrapper; a call to any other candidate (<c>string.Format</c>) is settled without looking at its body.</summary>
    public bool MayBeWrapper { get; }

    /// <summary>The names a configuration may list the method by (<c>firmwareguard.printf_shims</c>), worked out the first time a configuration lists any.</summary>
    public string DocumentationId => documentationId ??= Shim.Method.GetDocumentationCommentId() ?? string.Empty;

    /// <inheritdoc cref="DocumentationId"/>
    public string QualifiedName => qualifiedName ??=
        (Shim.Method.ContainingType?.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat) ?? string.Empty) + "." + Shim.Method.Name;

    /// <summary>The method as a shim candidate, or null when it does not have a shim's shape.</summary>
    public static ShimCandidate? Of(IMethodSymbol method)
    {
        var parameters = method.Parameters;
        int formatOrdinal;
        VariadicShape shape;
        if (method.IsVararg)
        {
            if (parameters.Length < 1)
            {
                return null;
            }

            formatOrdinal = parameters.Length - 1;
            shape = VariadicShape.ArgList;
        }
        else
        {
            if (parameters.Length < 2 || !parameters[parameters.Length - 1].IsParams || ShapeOf(parameters[parameters.Length - 1].Type) is not { } variadicShape)
            {
                return null;
            }

            formatOrdinal = parameters.Length - 2;
            shape = variadicShape;
        }

        if (parameters[formatOrdinal].Type.SpecialType != SpecialType.System_String)
        {
            return null;
        }

        var attribute = method.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == MarkerAttributeNames.PrintfShim);
        var shim = new Shim(method, formatOrdinal, shape, attribute is null ? null : ShimResolver.DialectOf(attribute));
        var mayBeWrapper = method.DeclaringSyntaxReferences.Length == 1 && shape != VariadicShape.ArgList;
        return new ShimCandidate(shim, attribute is not null, mayBeWrapper);
    }

    private static VariadicShape? ShapeOf(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Object })
        {
            return VariadicShape.ParamsArray;
        }

        if (type is INamedTypeSymbol { Name: "ReadOnlySpan" or "Span", TypeArguments.Length: 1 } span
            && span.TypeArguments[0].SpecialType == SpecialType.System_Object
            && span.ContainingNamespace?.ToDisplayString() == "System")
        {
            return VariadicShape.ParamsSpan;
        }

        return null;
    }
}
