namespace FirmwareGuard.CodeFixes;

/// <summary>A faithful replacement for one directive, with what it does to the directive's argument.</summary>
internal sealed class DirectiveFix
{
    public DirectiveFix(DirectiveFixKind kind, string title, CallEdit edit)
    {
        Kind = kind;
        Title = title;
        Edit = edit;
    }

    public DirectiveFixKind Kind { get; }

    public string Title { get; }

    public CallEdit Edit { get; }
}
