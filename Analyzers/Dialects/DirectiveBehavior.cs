using FirmwareGuard.Formats;

namespace FirmwareGuard.Dialects;

/// <summary>
/// What one printer does with one directive: which slots it reads and what it prints. A <c>*</c>
/// width or precision the printer reads is a behavior of its own, placed before its directive's.
/// </summary>
internal sealed class DirectiveBehavior
{
    public DirectiveBehavior(FormatDirective directive, DirectiveVerdict verdict, ConversionSpec? spec, CMeaning intended, string effect, int starsRead = 0, string printedInstead = "")
    {
        Directive = directive;
        Verdict = verdict;
        Spec = spec;
        Intended = intended;
        Effect = effect;
        StarsRead = starsRead;
        PrintedInstead = printedInstead;
        IntendedArgumentCount = directive.ArgumentCount - starsRead;
    }

    private DirectiveBehavior(FormatDirective directive, ConversionSpec starSpec)
    {
        Directive = directive;
        Verdict = DirectiveVerdict.Faithful;
        Spec = starSpec;
        Effect = string.Empty;
        IsStar = true;
        PrintedInstead = string.Empty;
        IntendedArgumentCount = 1;
    }

    /// <summary>The argument slot a <c>*</c> of <paramref name="directive"/> reads.</summary>
    public static DirectiveBehavior Star(FormatDirective directive, ConversionSpec starSpec) => new(directive, starSpec);

    public FormatDirective Directive { get; }

    public DirectiveVerdict Verdict { get; }

    /// <summary>The printer's conversion, when it understands the directive.</summary>
    public ConversionSpec? Spec { get; }

    /// <summary>What the author meant, by C's rules.</summary>
    public CMeaning Intended { get; }

    /// <summary>For a deviating, unsupported or malformed directive: what the printer does instead, as a phrase.</summary>
    public string Effect { get; }

    /// <summary>For an unsupported directive: the text the printer prints in its place.</summary>
    public string PrintedInstead { get; }

    /// <summary>A width or precision read from an argument, not the directive's value.</summary>
    public bool IsStar { get; }

    /// <summary><c>*</c> widths and precisions the printer reads for this directive (each a behavior of its own).</summary>
    public int StarsRead { get; }

    /// <summary>Argument slots the printer reads for this directive.</summary>
    public int SlotsRead => Verdict is DirectiveVerdict.Faithful or DirectiveVerdict.Deviates ? Spec!.SlotsRead : 0;

    /// <summary>Arguments C's printf takes for this directive (for a directive with a <c>*</c> the printer reads, without it).</summary>
    public int IntendedArgumentCount { get; }
}
