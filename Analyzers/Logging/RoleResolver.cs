using System;
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

    private static readonly Func<RolePatterns, ConcurrentDictionary<ISymbol, LogRoles>> newRoleCache =
        static _ => new ConcurrentDictionary<ISymbol, LogRoles>(SymbolEqualityComparer.Default);

    private readonly ConcurrentDictionary<RolePatterns, ConcurrentDictionary<ISymbol, LogRoles>> roles = new();

    /// <summary>The roles of the values an argument prints: of the member it reads, through operators and conversions.</summary>
    public LogRoles RolesOf(IOperation argument, RolePatterns patterns)
    {
        switch (argument.Kind)
        {
            case OperationKind.Conversion:
                return RolesOf(((IConversionOperation)argument).Operand, patterns);
            case OperationKind.Binary:
                var binary = (IBinaryOperation)argument;
                return RolesOf(binary.LeftOperand, patterns) | RolesOf(binary.RightOperand, patterns);
            case OperationKind.Unary:
                return RolesOf(((IUnaryOperation)argument).Operand, patterns);

            // Locals and parameters belong to one method each: caching them would only grow the cache.
            case OperationKind.LocalReference:
                return patterns.RoleOf(((ILocalReferenceOperation)argument).Local.Name);
            case OperationKind.ParameterReference:
                return Resolve(((IParameterReferenceOperation)argument).Parameter, patterns);
            case OperationKind.FieldReference:
                return Cached(((IFieldReferenceOperation)argument).Field, patterns);
            case OperationKind.PropertyReference:
                return Cached(((IPropertyReferenceOperation)argument).Property, patterns);
            case OperationKind.Invocation:
                return Cached(((IInvocationOperation)argument).TargetMethod, patterns);
            default:
                return LogRoles.None;
        }
    }

    private LogRoles Cached(ISymbol member, RolePatterns patterns)
    {
        var cache = roles.GetOrAdd(patterns, newRoleCache);
        member = member.OriginalDefinition;
        if (cache.TryGetValue(member, out var role))
        {
            return role;
        }

        return cache.GetOrAdd(member, Resolve(member, patterns));
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
