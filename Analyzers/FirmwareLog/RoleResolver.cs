using FirmwareGuard.Marks;
using FirmwareGuard.Shims;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.FirmwareLog;

/// <summary>
/// Gives a printed value its role: from an attribute named <c>LogRoleAttribute</c> on the field,
/// property, parameter or method it reads, else from its name under one set of patterns; an array
/// element plays the role of its array. One per
/// compilation and pattern set. The roles of fields, properties and methods are cached per symbol:
/// they are printed all over the compilation. A parameter is printed by the few messages of its
/// method, so a cache entry would cost more than it saves; its attributes are kept by the compiler,
/// and its name is matched each time, as a local's is.
/// </summary>
internal sealed class RoleResolver
{
    private readonly RolePatterns patterns;
    private readonly DefinitionCache<ISymbol, Roles> symbolRoles;

    public RoleResolver(RolePatterns patterns)
    {
        this.patterns = patterns;
        symbolRoles = new DefinitionCache<ISymbol, Roles>(member => Resolve(member, byName: true));
    }

    /// <summary>The roles of the values an argument prints: of the member it reads, through operators and conversions.</summary>
    public Roles RolesOf(IOperation argument) => RolesOf(argument, byName: true);

    /// <summary>
    /// The roles attributes give the values an argument prints, for a message that only they can make
    /// a BAR message: no local is matched by name, and a member's name only once (it is cached).
    /// </summary>
    public LogRoles AttributedRolesOf(IOperation argument) => RolesOf(argument, byName: false).Attributed;

    private Roles RolesOf(IOperation argument, bool byName)
    {
        switch (argument.Kind)
        {
            case OperationKind.Conversion:
                return RolesOf(((IConversionOperation)argument).Operand, byName);
            case OperationKind.Binary:
                var binary = (IBinaryOperation)argument;
                return RolesOf(binary.LeftOperand, byName) | RolesOf(binary.RightOperand, byName);
            case OperationKind.Unary:
                return RolesOf(((IUnaryOperation)argument).Operand, byName);
            case OperationKind.LocalReference:
                return byName ? Roles.FromName(patterns.RoleOf(((ILocalReferenceOperation)argument).Local.Name)) : default;
            case OperationKind.ArrayElementReference:
                return ElementRoles(((IArrayElementReferenceOperation)argument).ArrayReference, byName);
            default:
                return ReadSymbol(argument) is { } symbol ? SymbolRoles(symbol, byName) : default;
        }
    }

    /// <summary>An element plays the role of its array: its attribute's, else its name's (<c>barSizes[i]</c> is a size).</summary>
    private Roles ElementRoles(IOperation array, bool byName)
    {
        array = ValueIdentity.WithoutConversions(array);
        return array switch
        {
            ILocalReferenceOperation local => byName ? Roles.FromName(patterns.RoleOfElementsOf(local.Local.Name)) : default,
            _ when ReadSymbol(array) is { } symbol => SymbolRoles(symbol, byName) is { Attributed: not LogRoles.None } attributed
                ? attributed
                : byName ? Roles.FromName(patterns.RoleOfElementsOf(symbol.Name)) : default,
            _ => default,
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

    /// <summary>A parameter's attributes and name are those of its definition, so it is read as it is.</summary>
    private Roles SymbolRoles(ISymbol symbol, bool byName) =>
        symbol.Kind == SymbolKind.Parameter ? Resolve(symbol, byName) : symbolRoles.Of(symbol);

    private Roles Resolve(ISymbol symbol, bool byName)
    {
        var attributed = LogRoleMark.Of(symbol);
        return attributed != LogRoles.None ? new Roles(attributed, attributed) : byName ? Roles.FromName(patterns.RoleOf(symbol.Name)) : default;
    }

    /// <summary>The roles of printed values all told, and those of them an attribute gives.</summary>
    public readonly struct Roles
    {
        public Roles(LogRoles all, LogRoles attributed)
        {
            All = all;
            Attributed = attributed;
        }

        public LogRoles All { get; }

        public LogRoles Attributed { get; }

        public static Roles FromName(LogRoles role) => new(role, LogRoles.None);

        public static Roles operator |(Roles left, Roles right) => new(left.All | right.All, left.Attributed | right.Attributed);
    }
}
