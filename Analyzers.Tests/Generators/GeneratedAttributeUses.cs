using System.Collections.Generic;
using System.Linq;
using System.Reflection.Metadata;

namespace FirmwareGuard.Tests.Generators;

/// <summary>What a built assembly says about the generated attributes.</summary>
internal static class GeneratedAttributeUses
{
    public static readonly string[] Names = { "PrintfShimAttribute", "LogRoleAttribute", "MustLogAttribute" };

    /// <summary>The generated attributes applied anywhere in the assembly.</summary>
    public static IEnumerable<string> In(MetadataReader metadata) => AppliedAttributeTypes(metadata).Where(Names.Contains);

    private static IEnumerable<string> AppliedAttributeTypes(MetadataReader metadata)
    {
        foreach (var handle in metadata.CustomAttributes)
        {
            var constructor = metadata.GetCustomAttribute(handle).Constructor;
            var type = constructor.Kind == HandleKind.MethodDefinition
                ? metadata.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType()
                : metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent;
            yield return type.Kind switch
            {
                HandleKind.TypeDefinition => metadata.GetString(metadata.GetTypeDefinition((TypeDefinitionHandle)type).Name),
                HandleKind.TypeReference => metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)type).Name),
                _ => string.Empty,
            };
        }
    }
}
