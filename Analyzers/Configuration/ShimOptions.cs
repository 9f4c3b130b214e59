using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using FirmwareGuard.Dialects;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Configuration;

/// <summary>The <c>.editorconfig</c> / <c>.globalconfig</c> settings that apply to one syntax tree.</summary>
internal sealed class ShimOptions
{
    public const string PrintfShimsKey = "firmwareguard.printf_shims";
    public const string DialectKey = "firmwareguard.dialect";

    public static readonly ShimOptions Default = new(ImmutableHashSet<string>.Empty, BuiltInDialects.DefaultName);

    private ShimOptions(ImmutableHashSet<string> configuredShims, string dialectName)
    {
        ConfiguredShims = configuredShims;
        DialectName = dialectName;
    }

    /// <summary>Documentation-comment IDs (<c>M:Ns.Type.Printf(System.String,System.Object[])</c>) or <c>Ns.Type.Method</c> names.</summary>
    public ImmutableHashSet<string> ConfiguredShims { get; }

    /// <summary>The dialect of shims that do not name one.</summary>
    public string DialectName { get; }

    public static ShimOptions Read(AnalyzerConfigOptions options)
    {
        options.TryGetValue(PrintfShimsKey, out var shims);
        options.TryGetValue(DialectKey, out var dialect);
        if (string.IsNullOrWhiteSpace(shims) && string.IsNullOrWhiteSpace(dialect))
        {
            return Default;
        }

        return new ShimOptions(ListedShims(shims ?? string.Empty), string.IsNullOrWhiteSpace(dialect) ? BuiltInDialects.DefaultName : dialect!.Trim());
    }

    /// <summary>
    /// The entries of a <c>firmwareguard.printf_shims</c> value: split on commas and white space outside
    /// parentheses and angle brackets (a documentation ID's parameter list and a generic type's
    /// arguments have commas). A <c>;</c> or <c>#</c> never gets here: the config reader takes it as the
    /// start of a comment and cuts the value there.
    /// </summary>
    public static ImmutableHashSet<string> ListedShims(string value)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var current = new StringBuilder();
        var depth = 0;
        foreach (var c in value)
        {
            depth += c is '(' or '<' ? 1 : c is ')' or '>' ? -1 : 0;
            if (depth <= 0 && (c == ',' || char.IsWhiteSpace(c)))
            {
                Flush();
            }
            else
            {
                current.Append(c);
            }
        }

        Flush();
        return names.ToImmutableHashSet(StringComparer.Ordinal);

        void Flush()
        {
            if (current.Length > 0)
            {
                names.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
