using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FirmwareGuard.Marks;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.FirmwareLog;

/// <summary>
/// Name patterns that give a value its role when no <c>[LogRole]</c> attribute does, configurable per
/// tree with <c>firmwareguard.roles.device</c>, <c>.register</c>, <c>.size</c> and <c>.address</c>
/// (comma-separated). A name matches a pattern when, compared without case and underscores, it ends
/// with the pattern and the pattern starts a word of the name — at its start, after an underscore or a
/// digit, or at a camelCase hump (<c>barSize</c> and <c>bar_sz</c> are sizes, <c>toolbar</c> is not a
/// BAR register). A trailing number does not count (<c>bar0</c> is a BAR register). The longest match wins.
/// </summary>
internal sealed class RolePatterns
{
    public const string KeyPrefix = "firmwareguard.roles.";

    private static readonly char[] NameSeparators = { ',', ';', ' ', '\t' };

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
    public LogRoles RoleOf(string name) => RoleOf(name, TrailingNumberStart(name));

    /// <summary>The role of a collection's name, whose elements play it: <c>barSizes</c> holds sizes.</summary>
    public LogRoles RoleOfElementsOf(string name)
    {
        var role = RoleOf(name);
        var end = TrailingNumberStart(name);
        return role == LogRoles.None && end > 1 && name[end - 1] is 's' or 'S' ? RoleOf(name, end - 1) : role;
    }

    /// <summary>The role of the name's first <paramref name="length"/> characters.</summary>
    private LogRoles RoleOf(string name, int length)
    {
        if (length <= 0 || !byLastCharacter.TryGetValue(char.ToLowerInvariant(name[length - 1]), out var candidates))
        {
            return LogRoles.None;
        }

        var bestLength = 0;
        var best = LogRoles.None;
        foreach (var (pattern, role) in candidates)
        {
            if (pattern.Length > bestLength && EndsWithWord(name, length, pattern))
            {
                bestLength = pattern.Length;
                best = role;
            }
        }

        return best;
    }

    /// <summary>Where the trailing digits and underscores of the name start (its length when there are none).</summary>
    private static int TrailingNumberStart(string name)
    {
        var end = name.Length;
        while (end > 0 && (name[end - 1] == '_' || char.IsDigit(name[end - 1])))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// Whether the name's first <paramref name="length"/> characters, lower-cased and without underscores,
    /// end with the (normalized) pattern, and the match starts a word; without building that string.
    /// </summary>
    private static bool EndsWithWord(string name, int length, string pattern)
    {
        var i = length - 1;
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

        return StartsWord(name, i + 1);
    }

    private static bool StartsWord(string name, int start)
    {
        if (start == 0)
        {
            return true;
        }

        char previous = name[start - 1], current = name[start];
        return previous == '_'
            || char.IsDigit(previous) != char.IsDigit(current)
            || (char.IsUpper(current) && char.IsLower(previous))
            || (char.IsUpper(current) && char.IsUpper(previous) && start + 1 < name.Length && char.IsLower(name[start + 1]));
    }

    private static ImmutableArray<string>? Configured(AnalyzerConfigOptions options, string role) =>
        options.TryGetValue(KeyPrefix + role, out var value) && !string.IsNullOrWhiteSpace(value) ? Normalize(value) : null;

    private static ImmutableArray<string> Normalize(string list) =>
        list.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries).Select(NormalizeName).Where(p => p.Length > 0).Distinct().ToImmutableArray();

    private static string NormalizeName(string name) => name.Replace("_", string.Empty).ToLowerInvariant();
}
