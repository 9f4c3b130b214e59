using System;
using FirmwareGuard.Configuration;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Shims;

/// <summary>
/// Decides, once per method per compilation, whether a method is a printf shim: marked with an
/// attribute named <c>PrintfShimAttribute</c>, named in the configuration, or an inferred wrapper.
/// What a method would be as a shim is part of its <see cref="Callee"/>, so a call to any other
/// method costs one lookup.
/// </summary>
internal sealed class ShimResolver
{
    private readonly Callees callees;
    private readonly WrapperInference wrappers;
    private readonly Func<SyntaxTree, ShimOptions> optionsFor;

    public ShimResolver(Compilation compilation, Callees callees, Func<SyntaxTree, ShimOptions> optionsFor)
    {
        this.callees = callees;
        this.optionsFor = optionsFor;
        wrappers = new WrapperInference(compilation, this, optionsFor);
    }

    /// <summary>
    /// The shim a call in <paramref name="tree"/> to a method with this candidate goes to, or null; the
    /// tree's settings are read only for a method not marked <c>[PrintfShim]</c>.
    /// </summary>
    public Shim? Resolve(ShimCandidate? candidate, SyntaxTree tree) =>
        candidate is null ? null : candidate.IsAttributed ? candidate.Shim : Unmarked(candidate, optionsFor(tree));

    /// <summary>The shim a call goes to under <paramref name="options"/>, or null.</summary>
    public Shim? Resolve(IMethodSymbol method, ShimOptions options) =>
        callees.Of(method).ShimCandidate is { } candidate ? candidate.IsAttributed ? candidate.Shim : Unmarked(candidate, options) : null;

    private Shim? Unmarked(ShimCandidate candidate, ShimOptions options) =>
        IsConfigured(candidate, options) ? candidate.Shim : wrappers.Infer(candidate)?.Shim;

    /// <summary>
    /// The wrapper a method is inferred to be, when it is neither marked nor configured. Asked once per
    /// declared method (FG0901), so the method is not added to the cache of called methods.
    /// </summary>
    public InferredWrapper? InferredWrapperOf(IMethodSymbol method, SyntaxTree tree)
    {
        if (ShimCandidate.Of(method.OriginalDefinition) is not { IsAttributed: false } candidate || IsConfigured(candidate, optionsFor(tree)))
        {
            return null;
        }

        return wrappers.Infer(candidate);
    }

    private static bool IsConfigured(ShimCandidate candidate, ShimOptions options) =>
        !options.ConfiguredShims.IsEmpty
        && (options.ConfiguredShims.Contains(candidate.DocumentationId) || options.ConfiguredShims.Contains(candidate.QualifiedName));

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
}
