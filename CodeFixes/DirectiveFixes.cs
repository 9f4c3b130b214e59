using System.Collections.Immutable;
using FirmwareGuard.Calls;
using FirmwareGuard.Dialects;
using FirmwareGuard.Rules;

namespace FirmwareGuard.CodeFixes;

/// <summary>
/// The faithful rewrites of one directive with its argument, spelled from the call's dialect: for a
/// 64-bit argument, the dialect's own 64-bit directive where it has one (SeaBIOS's <c>%llx</c>),
/// otherwise the hi/lo split, hex halves, checked narrowing, or a narrower constant;
/// otherwise a spelling the printer reads as C would (<c>%#x</c> → <c>0x%x</c>, <c>%i</c> → <c>%d</c>, ...).
/// </summary>
internal static class DirectiveFixes
{
    public static ImmutableArray<DirectiveFix> For(ShimCall call, PlacedDirective directive)
    {
        var argument = call.ValueArgumentOf(directive);
        var written = directive.Behavior.Directive;
        var spelling = DirectiveSpelling.Of(written, argument, call.Format!.Dialect);
        if (spelling is null || directive.FirstArgument != directive.ValueArgument)
        {
            return ImmutableArray<DirectiveFix>.Empty;
        }

        if (argument is { Class: ArgumentClass.Integer64 } wide)
        {
            return spelling.IsInteger ? ForSixtyFourBits(directive, wide, spelling, call.Format!.Dialect) : ImmutableArray<DirectiveFix>.Empty;
        }

        var rewritten = spelling.ToString();
        var dropsLength = spelling.Length != written.LengthModifier;
        if (rewritten == written.Text || (dropsLength && argument is not { Class: ArgumentClass.Integer32 }))
        {
            return ImmutableArray<DirectiveFix>.Empty;
        }

        return ImmutableArray.Create(new DirectiveFix(
            DirectiveFixKind.Rewrite,
            $"Rewrite {Wording.Code(written.Text)} as {Wording.Code(rewritten)}" + PrefixNote(spelling),
            CallEdit.Empty.WithDirective(directive.Index, rewritten)));
    }

    private static ImmutableArray<DirectiveFix> ForSixtyFourBits(PlacedDirective directive, ShimArgument argument, DirectiveSpelling spelling, Dialect dialect)
    {
        var fixes = ImmutableArray.CreateBuilder<DirectiveFix>();
        var name = Wording.Code(argument);
        if (spelling.SixtyFourBitLength is not null)
        {
            var whole = spelling.WithSixtyFourBitLength();
            fixes.Add(new DirectiveFix(
                DirectiveFixKind.SixtyFourBitDirective,
                $"Rewrite {Wording.Code(directive.Behavior.Directive.Text)} as {Wording.Code(whole)}, which prints all 64 bits of {name} on {dialect.Name}'s printf" + PrefixNote(spelling),
                CallEdit.Empty.WithDirective(directive.Index, whole)));
            return fixes.ToImmutable();
        }

        var constant = IntegerValue.Of(argument.Value);
        if (constant is { } value)
        {
            var fits = spelling.IsSigned
                ? value >= IntegerValue.IntMinimum && value <= IntegerValue.IntMaximum
                : value >= 0 && value <= IntegerValue.UIntMaximum;
            if (fits)
            {
                fixes.Add(new DirectiveFix(
                    DirectiveFixKind.ConstantNarrowing,
                    $"Write {name} as a 32-bit constant",
                    Edit(directive, spelling.ToString(), argument, spelling.IsSigned ? ArgumentChange.ConstantToInt : ArgumentChange.ConstantToUInt)));
                return fixes.ToImmutable();
            }
        }

        if (spelling.IsHex)
        {
            var halves = spelling.SplitHalves(out var exact);
            fixes.Add(new DirectiveFix(
                DirectiveFixKind.SplitHalves,
                $"Split {name} into 32-bit halves ({Wording.Code(halves)})" + (exact ? string.Empty : LeadingZeroNote) + PrefixNote(spelling),
                Edit(directive, halves, argument, ArgumentChange.SplitHalves)));
        }

        if (spelling.IsDecimal)
        {
            fixes.Add(new DirectiveFix(
                DirectiveFixKind.HexHalves,
                $"Print {name} as hex halves ({Wording.Code(DirectiveSpelling.HexHalves)})",
                Edit(directive, DirectiveSpelling.HexHalves, argument, ArgumentChange.SplitHalves)));
        }

        if (constant is null && spelling.Conversion is 'd' or 'u' or 'o')
        {
            var type = spelling.IsSigned ? "int" : "uint";
            fixes.Add(new DirectiveFix(
                DirectiveFixKind.CheckedNarrowing,
                $"Narrow {name} to 32 bits with `checked(({type})…)`; throws OverflowException when the value does not fit",
                Edit(directive, spelling.ToString(), argument, spelling.IsSigned ? ArgumentChange.CheckedToInt : ArgumentChange.CheckedToUInt)));
        }

        return fixes.ToImmutable();
    }

    /// <summary>What the title says when values below 4 GiB print one more digit than C would print.</summary>
    public const string LeadingZeroNote = "; values below 4 GiB print with a leading 0";

    /// <summary>What the title says when C's <c>#</c> flag became a literal prefix, which C leaves off a 0.</summary>
    public const string ZeroPrefixNote = "; 0 prints with the prefix, which C leaves off";

    private static string PrefixNote(DirectiveSpelling spelling) => spelling.Prefix.Length > 0 ? ZeroPrefixNote : string.Empty;

    private static CallEdit Edit(PlacedDirective directive, string text, ShimArgument argument, ArgumentChange change) =>
        CallEdit.Empty.WithDirective(directive.Index, text).WithArgument(argument.Index, change);
}
