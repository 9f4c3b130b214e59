using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Marks;

/// <summary>The role a <c>[LogRole("...")]</c> attribute gives a symbol.</summary>
internal static class LogRoleMark
{
    /// <summary>The role the symbol's attribute names, or None.</summary>
    public static LogRoles Of(ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == MarkerAttributeNames.LogRole
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
}
