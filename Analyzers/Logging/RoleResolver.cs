using System.Collections.Concurrent;
using FirmwareGuard.Calls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.Logging;

/// <summary>
/// Gives a printed value its role: from an attribute named <c>LogRoleAttribute</c> on the field,
/// property, parameter or method it reads, else from its name under one set of patterns. One per
/// compilation and pattern set. The roles of members and parameters are cached per symbol (a
/// parameter is printed by every message of its method); a local, which no attribute can mark, is
/// matched by name each time.
/// </summary>
internal sealed class RoleResolver
{
    public const string AttributeName = "LogRoleAttribute";

    private readonly RolePatterns patterns;
    private readonly ConcurrentDictionary<ISymbol, LogRoles> symbolRoles = new(DefinitionComparer.Instance);

    public RoleResolver(RolePatterns patterns)
    {
        this.patterns = patterns;
    }

    /// <summary>The roles of the values an argument prints: of the member it reads, through operators and conversions.</summary>
    public LogRoles RolesOf(IOperation argument)
    {
        switch (argument.Kind)
        {
            case OperationKind.Conversion:
                return RolesOf(((IConversionOperation)argument).Operand);
            case OperationKind.Binary:
                var binary = (IBinaryOperation)argument;
                return RolesOf(binary.LeftOperand) | RolesOf(binary.RightOperand);
            case OperationKind.Unary:
                return RolesOf(((IUnaryOperation)argument).Operand);
            case OperationKind.LocalReference:
                return patterns.RoleOf(((ILocalReferenceOperation)argument).Local.Name);
            case OperationKind.ParameterReference:
                return Cached(((IParameterReferenceOperation)argument).Parameter);
            case OperationKind.FieldReference:
                return Cached(((IFieldReferenceOperation)argument).Field);
            case OperationKind.PropertyReference:
                return Cached(((IPropertyReferenceOperation)argument).Property);
            case OperationKind.Invocation:
                return Cached(((IInvocationOperation)argument).TargetMethod);
            default:
                return LogRoles.None;
        }
    }

    private LogRoles Cached(ISymbol symbol)
    {
        symbol = symbol.OriginalDefinition;
        return symbolRoles.TryGetValue(symbol, out var role) ? role : symbolRoles.GetOrAdd(symbol, Resolve(symbol));
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

    private LogRoles Resolve(ISymbol symbol)
    {
        var attributed = AttributedRole(symbol);
        return attributed != LogRoles.None ? attributed : patterns.RoleOf(symbol.Name);
    }
}
