using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Shims;

/// <summary>
/// One entry of <c>firmwareguard.printf_shims</c> as written — a documentation-comment ID
/// (<c>M:Vendor.Log.Printf(System.String,System.Object[])</c>) or <c>Namespace.Type.Method</c> — and
/// what it resolves to in a compilation (FG0904, FG0905).
/// </summary>
internal sealed class ConfiguredShimEntry
{
    private ConfiguredShimEntry(string text, string typeName, string typeId, string methodName)
    {
        Text = text;
        TypeName = typeName;
        TypeId = typeId;
        MethodName = methodName;
    }

    public string Text { get; }

    /// <summary>The type as the entry writes it (<c>Vendor.Log</c>).</summary>
    public string TypeName { get; }

    public string MethodName { get; }

    /// <summary>The type's documentation-comment ID (<c>T:Vendor.Outer`1.Log</c>).</summary>
    private string TypeId { get; }

    private bool IsDocumentationId => Text.StartsWith("M:", System.StringComparison.Ordinal);

    /// <summary>The entry split into type and method, or null when it names no type (it has no '.').</summary>
    public static ConfiguredShimEntry? Parse(string text)
    {
        if (text.StartsWith("M:", System.StringComparison.Ordinal))
        {
            var name = text.Substring(2);
            var parameters = name.IndexOf('(');
            name = parameters < 0 ? name : name.Substring(0, parameters);
            var arity = name.IndexOf("``", System.StringComparison.Ordinal);
            name = arity < 0 ? name : name.Substring(0, arity);
            var dot = name.LastIndexOf('.');
            return dot <= 0 ? null : new ConfiguredShimEntry(text, name.Substring(0, dot), "T:" + name.Substring(0, dot), name.Substring(dot + 1));
        }

        var lastDot = LastDotOutsideTypeArguments(text);
        if (lastDot <= 0)
        {
            return null;
        }

        var typeName = text.Substring(0, lastDot);
        return new ConfiguredShimEntry(text, typeName, "T:" + WithArities(typeName), text.Substring(lastDot + 1));
    }

    /// <summary>The type the entry names, from source or a reference, or null.</summary>
    public INamedTypeSymbol? ResolveType(Compilation compilation) =>
        DocumentationCommentId.GetFirstSymbolForDeclarationId(TypeId, compilation) as INamedTypeSymbol;

    /// <summary>True when the type has the method the entry names, with a shim's shape (and, for an ID, that exact overload).</summary>
    public bool HasShim(INamedTypeSymbol type, Compilation compilation)
    {
        if (IsDocumentationId)
        {
            return DocumentationCommentId.GetFirstSymbolForDeclarationId(Text, compilation) is IMethodSymbol method && ShimCandidate.Of(method) is not null;
        }

        return type.GetMembers(MethodName).OfType<IMethodSymbol>().Any(m => ShimCandidate.Of(m) is not null);
    }

    private static int LastDotOutsideTypeArguments(string text)
    {
        var depth = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            depth += text[i] == '>' ? 1 : text[i] == '<' ? -1 : 0;
            if (depth == 0 && text[i] == '.')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary><c>Outer&lt;T&gt;.Log&lt;A, B&gt;</c> as a documentation ID writes it: <c>Outer`1.Log`2</c>.</summary>
    private static string WithArities(string typeName)
    {
        var result = new StringBuilder(typeName.Length);
        var depth = 0;
        var arguments = 0;
        foreach (var c in typeName)
        {
            switch (c)
            {
                case '<':
                    depth++;
                    arguments = depth == 1 ? 1 : arguments;
                    break;
                case '>':
                    depth--;
                    if (depth == 0)
                    {
                        result.Append('`').Append(arguments);
                    }

                    break;
                case ',' when depth == 1:
                    arguments++;
                    break;
                default:
                    if (depth == 0)
                    {
                        result.Append(c);
                    }

                    break;
            }
        }

        return result.ToString();
    }
}
