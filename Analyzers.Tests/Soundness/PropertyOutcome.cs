using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace FirmwareGuard.Tests.Soundness;

/// <summary>The tally of one soundness run: calls accepted, calls flagged with an error (by rule), and the first failures.</summary>
internal sealed class PropertyOutcome
{
    private const int FailuresKept = 10;

    private readonly int calls;
    private readonly int valueSets;
    private readonly Dictionary<string, int> flaggedByRule;
    private readonly List<string> failures = new();

    public PropertyOutcome(int calls, int valueSets, IEnumerable<string> rulesCounted)
    {
        this.calls = calls;
        this.valueSets = valueSets;
        flaggedByRule = rulesCounted.ToDictionary(id => id, _ => 0);
    }

    public int Accepted { get; private set; }

    public int Flagged { get; private set; }

    public int FailureCount { get; private set; }

    public IReadOnlyList<string> Failures => failures;

    public void Accept() => Accepted++;

    public void Flag(IEnumerable<string> ids)
    {
        Flagged++;
        foreach (var id in ids.Where(flaggedByRule.ContainsKey))
        {
            flaggedByRule[id]++;
        }
    }

    public void Fail(string failure)
    {
        FailureCount++;
        if (failures.Count < FailuresKept)
        {
            failures.Add(failure);
        }
    }

    /// <summary>Fails the test on any failure, and unless both kinds of call are common.</summary>
    public void AssertHolds(int leastOfEachKind)
    {
        Assert.True(FailureCount == 0, $"{FailureCount} failure(s), the first ones:{Environment.NewLine}{string.Join(Environment.NewLine, failures)}");
        Assert.True(
            Accepted >= leastOfEachKind && Flagged >= leastOfEachKind,
            $"the generator should give both kinds of call: {Accepted} accepted, {Flagged} flagged");
    }

    public override string ToString() =>
        $"{calls} calls x {valueSets} value sets: {Accepted} accepted, {Flagged} flagged with an error "
        + $"({string.Join(", ", flaggedByRule.Select(p => $"{p.Key}: {p.Value}"))}).";
}
