using System.Collections.Concurrent;
using FirmwareGuard.Calls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.Logging;

/// <summary>
/// Gives a printed value its role: from an attribute named <c>LogRoleAttribute</c> on the field,
/// property, parameter or method it reads, else from its name under one set of patterns; an array
/// element plays the role of its array. One per
/// compilation and pattern set. The roles of members and parameters are cached per symbol (a
/// parameter is printed by every message of its method); a local, which no attribute can mark, is
/// matched by name each time.
/// </summary>
internal sealed class RoleResolver
{
    public const string AttributeName = "LogRoleAttribute";

    private readonly RolePatterns patterns;
    private readonly ConcurrentDictionary<ISymbol, SymbolRoles> symbolRoles = new(DefinitionComparer.Instance);

    public RoleResolver(RolePatterns patterns)
    {
        this.patterns = patterns;
    }

    /// <summary>The roles of the values an argument prints: of the member it reads, through operators and conversions.</summary>
    public LogRoles RolesOf(IOperation argument) => RolesOf(argument, attributedOnly: false);

    /// <summary>The roles <c>[LogRole]</c> attributes give the values an argument prints, ignoring names.</summary>
    public LogRoles AttributedRolesOf(IOperation argument) => RolesOf(argument, attributedOnly: true);

    private LogRoles RolesOf(IOperation argument, bool attributedOnly)
    {
        switch (argument.Kind)
        {
            case OperationKind.Conversion:
                return RolesOf(((IConversionOperation)argument).Operand, attributedOnly);
            case OperationKind.Binary:
                var binary = (IBinaryOperation)argument;
                return RolesOf(binary.LeftOperand, attributedOnly) | RolesOf(binary.RightOperand, attributedOnly);
            case OperationKind.Unary:
                return RolesOf(((IUnaryOperation)argument).Operand, attributedOnly);
            case OperationKind.LocalReference:
                return attributedOnly ? LogRoles.None : patterns.RoleOf(((ILocalReferenceOperation)argument).Local.Name);
            case OperationKind.ArrayElementReference:
                return ElementRoles(((IArrayElementReferenceOperation)argument).ArrayReference, attributedOnly);
            default:
                return ReadSymbol(argument) is { } symbol ? Cached(symbol).Of(attributedOnly) : LogRoles.None;
        }
    }

    /// <summary>An element plays the role of its array's name (<c>barSizes[i]</c> is a size).</summary>
    private LogRoles ElementRoles(IOperation array, bool attributedOnly)
    {
        array = ValueIdentity.WithoutConversions(array);
        return array switch
        {
            ILocalReferenceOperation local => attributedOnly ? LogRoles.None : patterns.RoleOfElementsOf(local.Local.Name),
            _ when ReadSymbol(array) is { } symbol => Cached(symbol) is var roles && roles.Attributed != LogRoles.None
                ? roles.Attributed
                : attributedOnly ? LogRoles.None : patterns.RoleOfElementsOf(symbol.Name),
            _ => LogRoles.None,
        };
    }

    /// <summary>The parameter, field, property or method an operation reads, as the symbol attributes mark.</summary>
    private static ISymbol? ReadSymbol(IOperation operation) => operation.Kind switch
    {
        OperationKind.ParameterReference => ((IParameterReferenceOperation)operation).Parameter,
        OperationKind.FieldReference => ((IFieldReferenceOperation)operation).Field,
        OperationKind.PropertyReference => ((IPropertyReferenceOperation)operation).Property,
        OperationKind.Invocation => ((IInvocationOperation)operation).TargetMethod,
        _ => null,
    };

    private SymbolRoles Cached(ISymbol symbol)
    {
        symbol = symbol.OriginalDefinition;
        return symbolRoles.TryGetValue(symbol, out var roles) ? roles : symbolRoles.GetOrAdd(symbol, Resolve(symbol));
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

    private SymbolRoles Resolve(ISymbol symbol)
    {
        var attributed = AttributedRole(symbol);
        return new SymbolRoles(attributed, attributed != LogRoles.None ? attributed : patterns.RoleOf(symbol.Name));
    }

    /// <summary>A symbol's role from its attribute, and its role all told (the attribute's, else its name's).</summary>
    private readonly struct SymbolRoles
    {
        public SymbolRoles(LogRoles attributed, LogRoles all)
        {
            Attributed = attributed;
            All = all;
        }

        public LogRoles Attributed { get; }

        public LogRoles All { get; }

        public LogRoles Of(bool attributedOnly) => attributedOnly ? Attributed : All;
    }
}
