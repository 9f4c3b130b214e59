using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FirmwareGuard.Marks;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// Which type named <c>PrintfShimAttribute</c> marks a wrapper (FG0901's fix). It must be an attribute
/// class that is accessible at the method, may be applied to methods, and can carry the dialect (a
/// <c>string</c> constructor, or a settable <c>Dialect</c>). Among those: the one the name already
/// binds to at the method (no new <c>using</c>); else the package's generated
/// <c>FirmwareGuard.PrintfShimAttribute</c>; else another declared in the compilation (a user's own);
/// else one from a referenced assembly — the first by full name, so the choice is stable.
/// </summary>
internal sealed class PrintfShimAttributeChoice
{
    /// <summary>The member a dialect is assigned to when the attribute has no <c>string</c> constructor.</summary>
    public const string DialectMember = "Dialect";

    private const string PackageNamespace = "FirmwareGuard";

    private PrintfShimAttributeChoice(INamedTypeSymbol type, bool dialectIsNamed)
    {
        Type = type;
        DialectIsNamed = dialectIsNamed;
    }

    public INamedTypeSymbol Type { get; }

    /// <summary>The dialect goes in as <c>Dialect = "..."</c> rather than as a constructor argument.</summary>
    public bool DialectIsNamed { get; }

    /// <summary>The attribute for a method declared at <paramref name="position"/>, or null when no usable type exists.</summary>
    public static PrintfShimAttributeChoice? For(SemanticModel model, int position, string dialect, CancellationToken cancellationToken)
    {
        var compilation = model.Compilation;
        var attribute = compilation.GetTypeByMetadataName("System.Attribute");
        if (attribute is null)
        {
            return null;
        }

        var inScope = model.LookupNamespacesAndTypes(position, name: MarkerAttributeNames.PrintfShim).OfType<INamedTypeSymbol>().ToList();
        if (inScope.Count == 1 && Usable(inScope[0], model, position, attribute, dialect) is { } bound)
        {
            return bound;
        }

        return TypesNamed(compilation.GlobalNamespace, cancellationToken)
            .Select(type => Usable(type, model, position, attribute, dialect))
            .OfType<PrintfShimAttributeChoice>()
            .OrderBy(choice => Rank(choice.Type, compilation))
            .ThenBy(choice => choice.Type.ToDisplayString(), StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static int Rank(INamedTypeSymbol type, Compilation compilation)
    {
        if (!SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly))
        {
            return 2;
        }

        return type.ContainingNamespace.ToDisplayString() == PackageNamespace ? 0 : 1;
    }

    private static IEnumerable<INamedTypeSymbol> TypesNamed(INamespaceSymbol container, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var type in container.GetTypeMembers(MarkerAttributeNames.PrintfShim))
        {
            yield return type;
        }

        foreach (var inner in container.GetNamespaceMembers())
        {
            foreach (var type in TypesNamed(inner, cancellationToken))
            {
                yield return type;
            }
        }
    }

    private static PrintfShimAttributeChoice? Usable(INamedTypeSymbol type, SemanticModel model, int position, INamedTypeSymbol attribute, string dialect)
    {
        if (type.TypeKind != TypeKind.Class || type.IsAbstract || type.Arity != 0
            || !DerivesFrom(type, attribute)
            || !model.IsAccessible(position, type)
            || !ValidOnMethods(type))
        {
            return null;
        }

        var constructors = type.InstanceConstructors.Where(c => model.IsAccessible(position, c)).ToList();
        var parameterless = constructors.Any(c => c.Parameters.IsEmpty);
        if (dialect.Length == 0)
        {
            return parameterless ? new PrintfShimAttributeChoice(type, dialectIsNamed: false) : null;
        }

        if (constructors.Any(c => c.Parameters.Length == 1 && c.Parameters[0].Type.SpecialType == SpecialType.System_String))
        {
            return new PrintfShimAttributeChoice(type, dialectIsNamed: false);
        }

        return parameterless && HasSettableDialect(type) ? new PrintfShimAttributeChoice(type, dialectIsNamed: true) : null;
    }

    private static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol attribute)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, attribute))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What <c>[AttributeUsage]</c> on the type or a base type allows; every target when there is none.</summary>
    private static bool ValidOnMethods(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            var usage = current.GetAttributes().FirstOrDefault(a =>
                a.AttributeClass is { Name: nameof(AttributeUsageAttribute) } usageClass && usageClass.ContainingNamespace?.ToDisplayString() == "System");
            if (usage is not null)
            {
                return usage.ConstructorArguments.Length > 0 && usage.ConstructorArguments[0].Value is int targets
                    && ((AttributeTargets)targets & AttributeTargets.Method) != 0;
            }
        }

        return true;
    }

    /// <summary>A named attribute argument needs a public, writable, non-static field or property (here of type <c>string</c>).</summary>
    private static bool HasSettableDialect(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers(DialectMember))
            {
                var settable = member switch
                {
                    IPropertySymbol property => property is { IsStatic: false, GetMethod.DeclaredAccessibility: Accessibility.Public, SetMethod: { IsInitOnly: false, DeclaredAccessibility: Accessibility.Public } }
                        && property.Type.SpecialType == SpecialType.System_String,
                    IFieldSymbol field => field is { IsStatic: false, IsReadOnly: false, IsConst: false, DeclaredAccessibility: Accessibility.Public }
                        && field.Type.SpecialType == SpecialType.System_String,
                    _ => false,
                };
                if (settable)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
