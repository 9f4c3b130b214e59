using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using FirmwareGuard.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.Shims;

/// <summary>
/// Infers wrappers (as go vet does): a source method whose format and variable-argument
/// parameters are used only to forward both, unchanged, to a shim is a shim of the same dialect. A
/// parameter that is assigned, or used anywhere else, disqualifies it. Each candidate's body is read
/// once per compilation through its own syntax tree's semantic model, so a caller in another file is
/// checked live in the IDE; the cost is per wrapper, not per call.
/// </summary>
internal sealed class WrapperInference
{
    private readonly Compilation compilation;
    private readonly ShimResolver resolver;
    private readonly Func<SyntaxTree, ShimOptions> optionsFor;
    private readonly ConcurrentDictionary<IMethodSymbol, InferredWrapper?> results = new(DefinitionComparer.Instance);

    [ThreadStatic]
    private static HashSet<IMethodSymbol>? inProgress;

    public WrapperInference(Compilation compilation, ShimResolver resolver, Func<SyntaxTree, ShimOptions> optionsFor)
    {
        this.compilation = compilation;
        this.resolver = resolver;
        this.optionsFor = optionsFor;
    }

    public InferredWrapper? Infer(ShimCandidate candidate)
    {
        if (!candidate.MayBeWrapper)
        {
            return null;
        }

        var method = candidate.Shim.Method;

        if (results.TryGetValue(method, out var known))
        {
            return known;
        }

        inProgress ??= new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        if (!inProgress.Add(method))
        {
            return null;
        }

        try
        {
            return results.GetOrAdd(method, Analyze(candidate.Shim));
        }
        finally
        {
            inProgress.Remove(method);
        }
    }

    [SuppressMessage(
        "MicrosoftCodeAnalysisCorrectness",
        "RS1030:Do not invoke Compilation.GetSemanticModel() method within a diagnostic analyzer",
        Justification = "A caller and its wrapper may be in different files, and no analysis context hands out another tree's semantic model. The model is taken once per candidate wrapper and cached per compilation.")]
    private InferredWrapper? Analyze(Shim candidate)
    {
        var method = candidate.Method;
        var declaration = method.DeclaringSyntaxReferences[0].GetSyntax();
        if (declaration is not (BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax))
        {
            return null;
        }

        var model = compilation.GetSemanticModel(declaration.SyntaxTree);
        if (model.GetOperation(declaration) is not { } body)
        {
            return null;
        }

        var format = method.Parameters[candidate.FormatOrdinal];
        var arguments = method.Parameters[candidate.VariadicOrdinal];
        var options = optionsFor(declaration.SyntaxTree);
        Shim? target = null;
        foreach (var operation in body.Descendants())
        {
            if (operation is not IParameterReferenceOperation reference
                || !(SymbolEqualityComparer.Default.Equals(reference.Parameter, format) || SymbolEqualityComparer.Default.Equals(reference.Parameter, arguments)))
            {
                continue;
            }

            var forwardedTo = ForwardTarget(reference, format, arguments, options);
            if (forwardedTo is null || (target is not null && target.DialectName != forwardedTo.DialectName))
            {
                return null;
            }

            target = forwardedTo;
        }

        return target is null
            ? null
            : new InferredWrapper(new Shim(method, candidate.FormatOrdinal, candidate.Shape, target.DialectName ?? options.DialectName), target);
    }

    /// <summary>The shim this parameter reference forwards to, or null when the reference is any other use.</summary>
    private Shim? ForwardTarget(IParameterReferenceOperation reference, IParameterSymbol format, IParameterSymbol arguments, ShimOptions options)
    {
        IOperation node = reference;
        while (node.Parent is IConversionOperation { IsImplicit: true } conversion)
        {
            node = conversion;
        }

        if (node.Parent is not IArgumentOperation { Parameter: { } parameter, Parent: IInvocationOperation invocation } argument
            || resolver.Resolve(invocation.TargetMethod, options) is not { } target)
        {
            return null;
        }

        var isFormat = SymbolEqualityComparer.Default.Equals(reference.Parameter, format);
        var expectedOrdinal = isFormat ? target.FormatOrdinal : target.VariadicOrdinal;
        if (parameter.Ordinal != expectedOrdinal || (!isFormat && argument.ArgumentKind != ArgumentKind.Explicit))
        {
            return null;
        }

        return PassesBoth(invocation, target, format, arguments) ? target : null;
    }

    private static bool PassesBoth(IInvocationOperation invocation, Shim target, IParameterSymbol format, IParameterSymbol arguments)
    {
        bool Passes(int ordinal, IParameterSymbol expected)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Ordinal == ordinal)
                {
                    var value = argument.Value;
                    while (value is IConversionOperation { IsImplicit: true } conversion)
                    {
                        value = conversion.Operand;
                    }

                    return value is IParameterReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Parameter, expected);
                }
            }

            return false;
        }

        return Passes(target.FormatOrdinal, format) && Passes(target.VariadicOrdinal, arguments);
    }
}
