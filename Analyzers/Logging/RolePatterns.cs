using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Logging;

/// <summary>
/// Name patterns that give a value its role when no <c>[LogRole]</c> attribute does, configurable per
/// tree with <c>firmwareguard.roles.device</c>, <c>.register</c>, <c>.size</c> and <c>.address</c>
/// (comma-separated). A name matches a pattern when, lower-cased and without underscores, it equals
/// the pattern or ends with it (<c>barSize</c> ends with <c>size</c>); the longest match wins.
/// </summary>
internal sealed class RolePatterns
{
    public const string KeyPrefix = "firmwareguard.roles.";

    public static readonly RolePatterns Default = new(
        Normalize("devfn,bdf,bus,dev,slot,fn,func,function,device,pcidev"),
        Normalize("bar_reg,barreg,barregister,bar,barindex,bar_index,barnumber"),
        Normalize("size,sz,bar_sz,barsize,len,length"),
        Normalize("base,addr,address,bar_data,bardata,bar_data_upper,physaddr,gpa,gfn,pfn,pgend"));

    private readonly (ImmutableArray<string> Patterns, LogRoles Role)[] table;

    /// <summary>The patterns by their last character, so a name is compared only with those that can match it.</summary>
    private readonly Dictionary<char, (string Pattern, LogRoles Role)[]> byLastCharacter;

    private RolePatterns(ImmutableArray<string> device, ImmutableArray<string> register, ImmutableArray<string> size, ImmutableArray<string> address)
    {
        table = new[] { (device, LogRoles.Device), (register, LogRoles.Register), (size, LogRoles.Size), (address, LogRoles.Address) };
        byLastCharacter = table
            .SelectMany(entry => entry.Patterns.Select(pattern => (Pattern: pattern, entry.Role)))
            .GroupBy(entry => entry.Pattern[entry.Pattern.Length - 1])
            .ToDictionary(group => group.Key, group => group.ToArray());
    }

    public static RolePatterns Read(AnalyzerConfigOptions options)
    {
        var device = Configured(options, "device");
        var register = Configured(options, "register");
        var size = Configured(options, "size");
        var address = Configured(options, "address");
        if (device is null && register is null && size is null && address is null)
        {
            return Default;
        }

        return new RolePatterns(
            device ?? Default.table[0].Patterns,
            register ?? Default.table[1].Patterns,
            size ?? Default.table[2].Patterns,
            address ?? Default.table[3].Patterns);
    }

    /// <summary>The role a name gives, or None.</summary>
    public LogRoles RoleOf(string name)
    {
        var last = name.Length - 1;
        while (last >= 0 && name[last] == '_')
        {
            last--;
        }

        if (last < 0 || !byLastCharacter.TryGetValue(char.ToLowerInvariant(name[last]), out var candidates))
        {
            return LogRoles.None;
        }

        var bestLength = 0;
        var best = LogRoles.None;
        foreach (var (pattern, role) in candidates)
        {
            if (pattern.Length > bestLength && EndsWith(name, pattern))
            {
                bestLength = pattern.Length;
                best = role;
            }
        }

        return best;
    }

    /// <summary>Whether the name, lower-cased and without underscores, ends with the (normalized) pattern; without building that string.</summary>
    private static bool EndsWith(string name, string pattern)
    {
        var i = name.Length - 1;
        for (var j = pattern.Length - 1; j >= 0; j--, i--)
        {
            while (i >= 0 && name[i] == '_')
            {
                i--;
            }

            if (i < 0 || char.ToLowerInvariant(name[i]) != pattern[j])
            {
                return false;
            }
        }

        return true;
    }

    private static ImmutableArray<string>? Configured(AnalyzerConfigOptions options, string role) =>
        options.TryGetValue(KeyPrefix + role, out var value) && !string.IsNullOrWhiteSpace(value) ? Normalize(value) : null;

    private static ImmutableArray<string> Normalize(string list) =>
        list.Split(new[] { ',', ';', ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries).Select(NormalizeName).Where(p => p.Length > 0).Distinct().ToImmutableArray();

    private static string NormalizeName(string name) => name.Replace("_", string.Empty).ToLowerInvariant();
}
