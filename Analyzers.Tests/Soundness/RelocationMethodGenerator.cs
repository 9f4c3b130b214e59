using System;
using System.Collections.Generic;
using System.Text;
using FirmwareGuard.Tests.Rules;

namespace FirmwareGuard.Tests.Soundness;

/// <summary>
/// Seeded random method bodies around <c>[MustLog]</c> calls: messages that print the call's values
/// (directly or through a local), messages that print only some, writes, labels and jumps, branches,
/// loops, switch sections, try blocks, early returns and lambdas, nested a few levels deep.
/// </summary>
internal sealed class RelocationMethodGenerator
{
    private readonly Random random;
    private readonly List<string> labels = new();
    private int locals;

    public RelocationMethodGenerator(int seed)
    {
        random = new Random(seed);
    }

    /// <summary>The methods in a class after <see cref="RelocationPlatform"/>: one compilation unit, to compile with the shims.</summary>
    public string Source(int methods)
    {
        var text = new StringBuilder("uint other;\n");
        for (var i = 0; i < methods; i++)
        {
            text.Append(Method(i));
        }

        return RelocationPlatform.WithSetup(text.ToString());
    }

    private string Method(int index)
    {
        labels.Clear();
        var statements = new List<string>();
        var count = random.Next(2, 9);
        for (var i = 0; i < count; i++)
        {
            statements.Add(Statement(depth: 0, inLoop: false, inSwitch: false));
            if (random.Next(6) == 0)
            {
                var label = $"L{labels.Count}";
                labels.Add(label);
                statements.Add($"{label}: {Simple()}");
            }
        }

        statements.Insert(random.Next(statements.Count + 1), MustLogCall());
        for (var i = 0; i < statements.Count; i++)
        {
            if (statements[i].Contains("goto ?", StringComparison.Ordinal))
            {
                statements[i] = labels.Count == 0 ? "other++;" : statements[i].Replace("goto ?", "goto " + labels[random.Next(labels.Count)], StringComparison.Ordinal);
            }
        }

        return $"void Relocate{index}(uint low, uint high, uint pages, bool c, int k)\n{{\n    {string.Join("\n    ", statements)}\n}}\n\n";
    }

    private string Statement(int depth, bool inLoop, bool inSwitch)
    {
        var choice = random.Next(depth >= 2 ? 9 : 16);
        return choice switch
        {
            0 or 1 => Simple(),
            2 => MustLogCall(),
            3 => FullMessageThroughLocal(),
            4 => random.Next(2) == 0 ? "return;" : "if (c) return;",
            5 => random.Next(2) == 0 ? "goto ?;" : "if (c) goto ?;",
            6 => "System.Action act" + ++locals + " = () => Physmap.Move(low, high, pages);",
            7 => inLoop ? (random.Next(2) == 0 ? "break;" : "if (c) continue;") : (inSwitch ? "if (c) break;" : Simple()),
            8 => "if ((low -= 1) != 0) Physmap.Move(low, high, pages);",
            9 => $"if (c) {Block(depth, inLoop, inSwitch)}",
            10 => $"if (c) {Block(depth, inLoop, inSwitch)} else {Block(depth, inLoop, inSwitch)}",
            11 => $"while (k-- > 0) {Block(depth, inLoop: true, inSwitch: false)}",
            12 => $"switch (k) {{ case 0: {Statements(depth, inLoop: false, inSwitch: true)} break; case 1: {Statements(depth, inLoop: false, inSwitch: true)} break; }}",
            13 => $"try {Block(depth, inLoop, inSwitch)} catch {Block(depth, inLoop, inSwitch)}",
            14 => $"try {Block(depth, inLoop, inSwitch)} finally {{ {Simple()} {Simple()} }}",
            _ => Block(depth, inLoop, inSwitch),
        };
    }

    private string Block(int depth, bool inLoop, bool inSwitch) => "{ " + Statements(depth, inLoop, inSwitch) + " }";

    private string Statements(int depth, bool inLoop, bool inSwitch)
    {
        var statements = new List<string>();
        for (var count = random.Next(1, 4); count > 0; count--)
        {
            statements.Add(Statement(depth + 1, inLoop, inSwitch));
        }

        return string.Join(" ", statements);
    }

    private string Simple() => random.Next(9) switch
    {
        0 or 1 => """Log.Printf("moving %x pages from %x to %x\n", pages, low, high);""",
        2 => """Log.Printf("moving %x pages\n", pages);""",
        3 => "low -= 1;",
        4 => "high++;",
        5 => "Physmap.Touch(ref pages);",
        6 => "other++;",
        7 => "if (Physmap.TryMove(low, high, pages)) other++;",
        _ => MustLogCall(),
    };

    private string FullMessageThroughLocal()
    {
        var local = "from" + ++locals;
        return $$"""var {{local}} = (ulong)low << 12; Log.Printf("from %x%08x to %x, %x pages\n", (uint)({{local}} >> 32), (uint){{local}}, high, pages);""";
    }

    private static string MustLogCall() => "Physmap.Move(low, high, pages);";
}
