namespace FirmwareGuard.CodeFixes;

/// <summary>One action a fixer can offer for a diagnostic: its title, its equivalence key and the edit.</summary>
internal sealed class CallFix
{
    public CallFix(string title, string equivalenceKey, CallEdit edit)
    {
        Title = title;
        EquivalenceKey = equivalenceKey;
        Edit = edit;
    }

    public string Title { get; }

    public string EquivalenceKey { get; }

    public CallEdit Edit { get; }
}
