using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace FirmwareGuard.Tests.Idioms;

/// <summary>
/// One firmware idiom: members of a class that sees <see cref="IdiomPlatform"/>, with the diagnostics
/// it must raise marked in place (<c>{|FG0104:…|}</c>); a correct idiom marks none. <see cref="Item"/>
/// names the behaviour it pins, which has a correct idiom and a defective twin.
/// </summary>
public sealed class Idiom
{
    private static readonly Regex Marker = new(@"\{\|(FG\d{4}):", RegexOptions.Compiled);

    public Idiom(string item, string name, string members)
    {
        Item = item;
        Name = name;
        Members = members;
    }

    public string Item { get; }

    public string Name { get; }

    public string Members { get; }

    public IReadOnlyList<string> ExpectedRules
    {
        get
        {
            var rules = new List<string>();
            foreach (Match match in Marker.Matches(Members))
            {
                rules.Add(match.Groups[1].Value);
            }

            return rules;
        }
    }

    public bool IsCorrect => ExpectedRules.Count == 0;

    public override string ToString() => Name;
}
