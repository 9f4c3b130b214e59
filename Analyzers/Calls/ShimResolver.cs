using System;
using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Calls;

/// <summary>
/// Decides, once per method per compilation, whether a method is a printf shim: marked with an
/// attribute named <c>PrintfShimAttribute</c>, named in the configuration, or an inferred wrapper. A
/// method that does not even have a shim's shape (a string before <c>params</c> or <c>__arglist</c>)
/// is remembered as such, so any other call costs one lookup.
/// </summary>
internal sealed class ShimResolver
{
    public const string AttributeName = "PrintfShimAttribute";

    private readonly ConcurrentDictionary<IMethodSymbol, Candidate?> candidates = new(SymbolEqualityComparer.Default);
    private readonly WrapperInference wrappers;
    private readonly Func<SyntaxTree, ShimOptions> optionsFor;

    public ShimResolver(Compilation compilation, Func<SyntaxTree, ShimOptions> optionsFor)
    {
        this.optionsFor = optionsFor;
        wrappers = new WrapperInference(compilation, this, optionsFor);
    }

    /// <summary>The shim a call in <paramref name="tree"/> goes to, or null; the tree's settings are read only for a method not marked <c>[PrintfShim]</c>.</summary>
    public Shim? Resolve(IMethodSymbol method, SyntaxTree tree) =>
        CandidateOf(method) is { } candidate ? candidate.IsAttributed ? candidate.Shim : Unmarked(candidate, optionsFor(tree)) : null;

    /// <summary>The shim a call goes to under <paramref name="options"/>, or null.</summary>
    public Shim? Resolve(IMethodSymbol method, ShimOptions options) =>
        CandidateOf(method) is { } candidate ? candidate.IsAttributed ? candidate.Shim : Unmarked(candidate, options) : null;

    /// <summary>
    /// What the method would be as a shim, or null when it does not have a shim's shape. Every
    /// invocation asks, so the answer is cached per method: reading a method's parameters builds a
    /// new array each time.
    /// </summary>
    private Candidate? CandidateOf(IMethodSymbol method) => candidates.GetOrAdd(method.OriginalDefinition, Describe);

    private Shim? Unmarked(Candidate candidate, ShimOptions options) =>
        IsConfigured(candidate, options) ? candidate.Shim : wrappers.Infer(candidate.Shim)?.Shim;

    /// <summary>The wrapper a method is inferred to be, when it is neither marked nor configured.</summary>
    public InferredWrapper? InferredWrapperOf(IMethodSymbol method, ShimOptions options)
    {
        if (CandidateOf(method) is not { IsAttributed: false } candidate || IsConfigured(candidate, options))
        {
            return null;
        }

        return wrappers.Infer(candidate.Shim);
    }

    private static bool IsConfigured(Candidate candidate, ShimOptions options) =>
        !options.ConfiguredShims.IsEmpty
        && (options.ConfiguredShims.Contains(candidate.DocumentationId) || options.ConfiguredShims.Contains(candidate.QualifiedName));

    /// <summary>A string before <c>params</c> or <c>__arglist</c>.</summary>
    private static bool HasShimShape(IMethodSymbol method)
    {
        var parameters = method.Parameters;
        return method.IsVararg
            ? parameters.Length >= 1
            : parameters.Length >= 2 && parameters[parameters.Length - 1].IsParams;
    }

    private static Candidate? Describe(IMethodSymbol method)
    {
        if (!HasShimShape(method))
        {
            return null;
        }

        var parameters = method.Parameters;
        int formatOrdinal;
        VariadicShape shape;
        if (method.IsVararg)
        {
            formatOrdinal = parameters.Length - 1;
            shape = VariadicShape.ArgList;
        }
        else
        {
            formatOrdinal = parameters.Length - 2;
            var variadicShape = ShapeOf(parameters[parameters.Length - 1].Type);
            if (variadicShape is null)
            {
                return null;
            }

            shape = variadicShape.Value;
        }

        if (parameters[formatOrdinal].Type.SpecialType != SpecialType.System_String)
        {
            return null;
        }

        var attribute = method.GetAttributes().FirstOrDefault(a => a.AttributeClass?.Name == AttributeName);
        var shim = new Shim(method, formatOrdinal, shape, attribute is null ? null : DialectOf(attribute));
        var containingType = method.ContainingType?.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat) ?? string.Empty;
        return new Candidate(shim, attribute is not null, method.GetDocumentationCommentId() ?? string.Empty, containingType + "." + method.Name);
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

    /// <summary>The dialect a <c>[PrintfShim]</c> names: its <c>Dialect</c> property, else its first constructor argument.</summary>
    public static string? DialectOf(AttributeData attribute)
    {
        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "Dialect" && named.Value.Value is string name)
            {
                return name;
            }
        }

        return attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is string positional ? positional : null;
    }

    private sealed class Candidate
    {
        public Candidate(Shim shim, bool isAttributed, string documentationId, string qualifiedName)
        {
            Shim = shim;
            IsAttributed = isAttributed;
            DocumentationId = documentationId;
            QualifiedName = qualifiedName;
        }

        public Shim Shim { get; }

        public bool IsAttributed { get; }

        public string DocumentationId { get; }

        public string QualifiedName { get; }
    }
}
