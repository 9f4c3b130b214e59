using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.Logging;

/// <summary>
/// Gives a printed value its role: from an attribute named <c>LogRoleAttribute</c> on the field,
/// property, parameter or method it reads, else from its name. Cached per symbol and pattern set,
/// except for locals and parameters, which belong to one method each.
/// </summary>
internal sealed class RoleResolver
{
    public const string AttributeName = "LogRoleAttribute";

    private readonly ConcurrentDictionary<(ISymbol Symbol, RolePatterns Patterns), LogRoles> roles = new();

    /// <summary>The roles of the values an argument prints: of the member it reads, through operators and conversions.</summary>
    public LogRoles RolesOf(IOperation argument, RolePatterns patterns)
    {
        switch (argument)
        {
            case IConversionOperation conversion:
                return RolesOf(conversion.Operand, patterns);
            case IBinaryOperation binary:
                return RolesOf(binary.LeftOperand, patterns) | RolesOf(binary.RightOperand, patterns);
            case IUnaryOperation unary:
                return RolesOf(unary.Operand, patterns);
        }

        ISymbol? symbol = argument switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            IInvocationOperation invocation => invocation.TargetMethod,
            _ => null,
        };
        return symbol switch
        {
            null => LogRoles.None,

            // Locals and parameters belong to one method each: caching them would only grow the cache.
            ILocalSymbol local => patterns.RoleOf(local.Name),
            IParameterSymbol parameter => Resolve(parameter, patterns),
            _ => roles.GetOrAdd((symbol.OriginalDefinition, patterns), static key => Resolve(key.Symbol, key.Patterns)),
        };
    }

    /// <summary>The role a <c>[LogRole]</c> attribute gives the symbol, or None.</summary>
    public static LogRoles AttributedRole(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == AttributeName
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string role)
            {
                return role switch
                {
                    "device" => LogRoles.Device,
                    "register" => LogRoles.Register,
                    "size" => LogRoles.Size,
                    "address" => LogRoles.Address,
                    _ => LogRoles.None,
                };
            }
        }

        return LogRoles.None;
    }

    private static LogRoles Resolve(ISymbol symbol, RolePatterns patterns)
    {
        var attributed = AttributedRole(symbol);
        return attributed != LogRoles.None ? attributed : patterns.RoleOf(symbol.Name);
    }
}
