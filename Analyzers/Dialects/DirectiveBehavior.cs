using FirmwareGuard.Formats;

namespace FirmwareGuard.Dialects;

/// <summary>What one printer does with one directive: which slots it reads and what it prints.</summary>
internal sealed class DirectiveBehavior
{
    public DirectiveBehavior(FormatDirective directive, DirectiveVerdict verdict, ConversionSpec? spec, CMeaning intended, string effect)
    {
        Directive = directive;
        Verdict = verdict;
        Spec = spec;
        Intended = intended;
        Effect = effect;
    }

    public FormatDirective Directive { get; }

    public DirectiveVerdict Verdict { get; }

    /// <summary>The printer's conversion, when it understands the directive.</summary>
    public ConversionSpec? Spec { get; }

    /// <summary>What the author meant, by C's rules.</summary>
    public CMeaning Intended { get; }

    /// <summary>For a deviating, unsupported or malformed directive: what the printer does instead, as a phrase.</summary>
    public string Effect { get; }

    /// <summary>32-bit slots the printer reads for this directive.</summary>
    public int SlotsRead => Verdict is DirectiveVerdict.Faithful or DirectiveVerdict.Deviates ? Spec!.SlotsRead : 0;

    /// <summary>Arguments C's printf takes for this directive.</summary>
    public int IntendedArgumentCount => Directive.ArgumentCount;
}
