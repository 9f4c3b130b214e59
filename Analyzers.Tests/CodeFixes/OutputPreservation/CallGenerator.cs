using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FirmwareGuard.Tests.CodeFixes.OutputPreservation;

/// <summary>
/// Generates shim calls with one or two 64-bit arguments among 32-bit and string ones (or, for
/// <see cref="FixMode.RemoveExtras"/>, 32-bit ones followed by arguments no directive reads), every
/// argument written one of the ways the fixes must handle: a local, a static field, a field or an
/// element read through a local, a logged call, a logged property, <c>?.</c> with <c>??</c>, a
/// post-increment, a constant. On top of that, a later argument may write what an earlier one
/// read (<c>x, x++</c>; <c>i, t[i++]</c>; a lambda that writes a captured local or a field; a write
/// through a <c>ref</c> local alias), and a 32-bit argument may be a local declared by the call's own
/// statement (<c>uint d = ..., printed = (uint)Shim.Printn(...)</c>). The 64-bit directives are
/// chosen for the call's <see cref="FixMode"/> (hex for the split, decimal for hex halves and
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
        var call = new Draft(id);
        var wideCount = mode == FixMode.RemoveExtras ? 0 : 1 + random.Next(2);
        var narrowCount = mode == FixMode.RemoveExtras ? 1 + random.Next(4) : random.Next(4);
        var wideSlots = Enumerable.Range(0, wideCount + narrowCount).OrderBy(_ => random.Next()).Take(wideCount).ToHashSet();
        for (var position = 0; position < wideCount + narrowCount; position++)
        {
            call.Pieces.Add(wideSlots.Contains(position) ? Wide(mode, call) : Narrow(call));
        }

        if (mode == FixMode.RemoveExtras)
        {
            for (var extra = 1 + random.Next(2); extra > 0; extra--)
            {
                call.Extras.Add(Extra(call));
            }
        }

        if (random.Next(2) == 0)
        {
            Interfere(call);
        }

        return new GeneratedCall(id, mode, call.Pieces, call.Setup, call.Fields, call.Extras, call.Declared);
    }

    private Piece Wide(FixMode mode, Draft call)
    {
        var index = call.NextInput++;
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

        var (expression, variable) = Read(type, index, call, ways: 9);
        return new Piece(directive, kind, expression, index, null, variable);
    }

    private Piece Narrow(Draft call)
    {
        var index = call.NextInput++;
        if (random.Next(5) == 0)
        {
            return new Piece("%s", PieceKind.Text, random.Next(2) == 0 ? "\"text\"" : $"Trace.Ev({++call.EventId}, \"text\")", index, null);
        }

        var directive = Pick(NarrowDirectives);
        var signed = directive == "%d";
        var kind = signed ? PieceKind.Signed : PieceKind.Unsigned;
        if (call.Declared is null && random.Next(8) == 0)
        {
            call.Declared = new DeclaredLocal(signed ? "int" : "uint", "d" + index, index);
            return new Piece(directive, kind, call.Declared.Name, index, null);
        }

        var (expression, variable) = Read(signed ? "int" : "uint", index, call, ways: 6);
        return new Piece(directive, kind, expression, index, null, variable);
    }

    /// <summary>An argument no directive reads: a plain read, a constant, or a call (which may write an earlier argument's variable).</summary>
    private string Extra(Draft call)
    {
        var index = call.NextInput++;
        var written = call.Pieces.Where(p => p.Variable is not null).Select(p => p.Variable!).ToList();
        return random.Next(5) switch
        {
            0 => "7u",
            1 => $"Trace.Ev({++call.EventId}, 0u)",
            2 when written.Count > 0 => $"Trace.After({++call.EventId}, 0u, () => {Pick(written)}++)",
            _ => Read("uint", index, call, ways: 4).Expression,
        };
    }

    /// <summary>
    /// An expression of the given type whose value is <c>inputs[index]</c> (converted), written one
    /// of the first <paramref name="ways"/> ways (the first four are plain reads, the next two logged
    /// reads, the rest only for 64-bit values), and the variable it plainly reads.
    /// </summary>
    private (string Expression, string? Variable) Read(string type, int index, Draft call, int ways)
    {
        var name = "v" + index;
        call.Setup.Add($"var {name} = unchecked(({type})inputs[{index}]);");
        switch (random.Next(ways))
        {
            case 0:
                return (name, name);
            case 1:
                var field = $"F{call.Id}_{index}";
                call.Fields.Add($"static {type} {field};");
                call.Setup.Add($"{field} = {name};");
                return (field, field);
            case 2:
                var holder = "holder" + index;
                call.Setup.Add($"var {holder} = new Holder<{type}>({name});");
                return ($"{holder}.Field", null);
            case 3:
                var array = "array" + index;
                call.Setup.Add($"var {array} = new[] {{ {name} }};");
                return ($"{array}[0]", null);
            case 4:
                return ($"Trace.Ev({++call.EventId}, {name})", null);
            case 5:
                var box = "box" + index;
                call.Setup.Add($"var {box} = new Box<{type}>({++call.EventId}, {name});");
                return ($"{box}.Value", null);
            case 6:
                var maybe = "maybe" + index;
                call.Setup.Add($"Box<{type}>? {maybe} = new Box<{type}>({++call.EventId}, {name});");
                return ($"({maybe}?.Value ?? 0)", null);
            case 7:
                return ($"{name}++", null);
            default:
                return ($"({type})Trace.Ev({++call.EventId}, {name})", null);
        }
    }

    /// <summary>
    /// Makes a later argument write what an earlier one plainly reads, keeping every value:
    /// <c>x, x++</c>; <c>i, t[i++]</c>; a lambda that increments it; an increment through a <c>ref</c> alias.
    /// </summary>
    private void Interfere(Draft call)
    {
        var pieces = call.Pieces;
        var earlier = Enumerable.Range(0, pieces.Count - 1).Where(i => pieces[i].Variable is not null).ToList();
        if (earlier.Count == 0)
        {
            return;
        }

        var p = Pick(earlier);
        var q = p + 1 + random.Next(pieces.Count - p - 1);
        var read = pieces[p];
        var writer = pieces[q];
        if (writer.Constant is not null)
        {
            return;
        }

        var isLocal = read.Variable!.StartsWith('v');
        switch (random.Next(4))
        {
            case 0 when writer.Kind == read.Kind:
                pieces[q] = new Piece(writer.Directive, writer.Kind, read.Variable + "++", read.Input, null);
                break;
            case 1 when writer.Kind != PieceKind.Text && read.Kind is PieceKind.Unsigned or PieceKind.Signed:
                var counter = "i" + read.Input;
                var table = "t" + writer.Input;
                call.Setup.Add($"{read.Type} {counter} = 0;");
                call.Setup.Add($"var {table} = new[] {{ unchecked(({writer.Type})inputs[{writer.Input}]) }};");
                pieces[p] = new Piece(read.Directive, read.Kind, counter, read.Input, 0m);
                pieces[q] = writer.WithExpression($"{table}[{counter}++]");
                break;
            case 2 when isLocal:
                var alias = "alias" + read.Input;
                call.Setup.Add($"ref {read.Type} {alias} = ref {read.Variable};");
                pieces[q] = writer.WithExpression($"Trace.Bump({++call.EventId}, {writer.Expression}, ref {alias})");
                break;
            default:
                pieces[q] = writer.WithExpression($"Trace.After({++call.EventId}, {writer.Expression}, () => {read.Variable}++)");
                break;
        }
    }

    private static string Literal(decimal value, bool signed)
    {
        var magnitude = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var suffix = signed ? "L" : "UL";
        return value < 0 ? $"(-{magnitude}{suffix})" : magnitude + suffix;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>A call while it is generated.</summary>
    private sealed class Draft
    {
        public Draft(int id)
        {
            Id = id;
        }

        public int Id { get; }

        public int NextInput { get; set; }

        public int EventId { get; set; }

        public List<Piece> Pieces { get; } = new();

        public List<string> Setup { get; } = new();

        public List<string> Fields { get; } = new();

        public List<string> Extras { get; } = new();

        public DeclaredLocal? Declared { get; set; }
    }
}
