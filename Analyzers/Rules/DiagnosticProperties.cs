namespace FirmwareGuard.Rules;

/// <summary>Keys of the data a diagnostic carries for its code fix.</summary>
internal static class DiagnosticProperties
{
    /// <summary>Index of the directive in the format (<see cref="Dialects.FormatAnalysis.Directives"/>).</summary>
    public const string DirectiveIndex = "DirectiveIndex";

    /// <summary>Index of the variable argument (<see cref="Calls.ShimCall.Arguments"/>).</summary>
    public const string ArgumentIndex = "ArgumentIndex";
}
