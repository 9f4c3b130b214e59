using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FirmwareGuard.Tests.CodeFixes.OutputPreservation;

/// <summary>
/// Generates shim calls with one or two 64-bit arguments among 32-bit and string ones, every
/// argument written one of the ways the fix must handle: a local, a static field, a logged call, a
/// logged property, <c>?.</c> with <c>??</c>, a post-increment, a constant. The 64-bit directives
/// are chosen for the call's <see cref="FixMode"/> (hex for the split, decimal for hex halves and
/// narrowing, constants that fit for constant narrowing).
/// </summary>
public sealed class CallGenerator
{
    private static readonly string[] HexDirectives = { "%x", "%X", "%lx", "%llx", "%llX", "%016llx", "%012lx", "%010lx", "%09llx", "%08llx", "%10llx", "%#llx", "%#018llx" };
    private static readonly string[] DecimalDirectives = { "%d", "%u", "%ld", "%lu", "%lld", "%llu", "%010u" };
    private static readonly string[] NarrowDirectives = { "%x", "%u", "%08x", "%X", "%d" };

    private readonly Random random;

    public CallGenerator(int seed)
    {
        random = new Random(seed);
    }

    /// <summary>Input slots every call reads: <c>inputs[k]</c> for k in 0..InputCount.</summary>
    public const int InputCount = 8;

    public GeneratedCall Next(int id, FixMode mode)
    {
        var pieces = new List<Piece>();
        var setup = new List<string>();
        var fields = new List<string>();
        var wideCount = 1 + random.Next(2);
        var narrowCount = random.Next(4);
        var wideSlots = Enumerable.Range(0, wideCount + narrowCount).OrderBy(_ => random.Next()).Take(wideCount).ToHashSet();
        var input = 0;
        var eventId = 0;
        for (var position = 0; position < wideCount + narrowCount; position++)
        {
            var index = input++;
            if (wideSlots.Contains(position))
            {
                pieces.Add(Wide(mode, index, ref eventId, setup, fields, id));
            }
            else
            {
                pieces.Add(Narrow(index, ref eventId, setup, fields, id));
            }
        }

        return new GeneratedCall(id, mode, pieces, setup, fields);
    }

    private Piece Wide(FixMode mode, int index, ref int eventId, List<string> setup, List<string> fields, int id)
    {
        var signed = random.Next(3) == 0;
        var kind = signed ? PieceKind.SignedWide : PieceKind.UnsignedWide;
        var type = signed ? "long" : "ulong";
        string directive;
        switch (mode)
        {
            case FixMode.SplitHalves:
                directive = Pick(HexDirectives);
                if (random.Next(8) == 0)
                {
                    decimal upper = random.Next(1, 1 << 20);
                    var big = signed ? -upper * 4_294_967_296m : (upper * 4_294_967_296m) + random.Next();
                    return new Piece(directive, kind, Literal(big, signed), index, big);
                }

                break;
            case FixMode.ConstantNarrowing:
                directive = Pick(new[] { "%x", "%u", "%d", "%llx", "%lld", "%llu" });
                var signedDirective = directive.EndsWith('d');
                var value = signedDirective ? (decimal)random.Next(int.MinValue, int.MaxValue) : (decimal)(uint)random.Next(int.MinValue, int.MaxValue);
                if (!signedDirective || value >= 0 || signed)
                {
                    return new Piece(directive, kind, Literal(value, signed), index, value);
                }

                return new Piece(directive, PieceKind.SignedWide, Literal(value, true), index, value);
            default:
                directive = Pick(DecimalDirectives);
                break;
        }

        return new Piece(directive, kind, Read(type, index, ref eventId, setup, fields, id, wide: true), index, null);
    }

    private Piece Narrow(int index, ref int eventId, List<string> setup, List<string> fields, int id)
    {
        if (random.Next(5) == 0)
        {
            return new Piece("%s", PieceKind.Text, random.Next(2) == 0 ? "\"text\"" : $"Trace.Ev({++eventId}, \"text\")", index, null);
        }

        var directive = Pick(NarrowDirectives);
        var signed = directive == "%d";
        return new Piece(directive, signed ? PieceKind.Signed : PieceKind.Unsigned, Read(signed ? "int" : "uint", index, ref eventId, setup, fields, id, wide: false), index, null);
    }

    /// <summary>An expression of the given type whose value is <c>inputs[index]</c> (converted), written one of several ways.</summary>
    private string Read(string type, int index, ref int eventId, List<string> setup, List<string> fields, int id, bool wide)
    {
        var name = "v" + index;
        setup.Add($"var {name} = unchecked(({type})inputs[{index}]);");
        switch (random.Next(wide ? 7 : 4))
        {
            case 0:
                return name;
            case 1:
                var field = $"F{id}_{index}";
                fields.Add($"static {type} {field};");
                setup.Add($"{field} = {name};");
                return field;
            case 2:
                return $"Trace.Ev({++eventId}, {name})";
            case 3:
                var box = "box" + index;
                setup.Add($"var {box} = new Box<{type}>({++eventId}, {name});");
                return $"{box}.Value";
            case 4:
                var maybe = "maybe" + index;
                setup.Add($"Box<{type}>? {maybe} = new Box<{type}>({++eventId}, {name});");
                return $"({maybe}?.Value ?? 0)";
            case 5:
                return $"{name}++";
            default:
                return $"({type})Trace.Ev({++eventId}, {name})";
        }
    }

    private static string Literal(decimal value, bool signed)
    {
        var magnitude = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var suffix = signed ? "L" : "UL";
        return value < 0 ? $"(-{magnitude}{suffix})" : magnitude + suffix;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
