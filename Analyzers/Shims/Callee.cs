using System.Collections.Immutable;
using System.Linq;
using FirmwareGuard.Marks;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Shims;

/// <summary>
/// What FirmwareGuard needs to know of a called method, worked out once per method per compilation:
/// whether it may be a shim, and whether it is <c>[MustLog]</c> and which of its parameters a
/// <c>[LogRole]</c> attribute marks. Every invocation asks, so one lookup answers all of it.
/// </summary>
internal sealed class Callee
{
    private static readonly Callee Ordinary = new(null, false, ImmutableArray<int>.Empty);

    private Callee(ShimCandidate? shimCandidate, bool isMustLog, ImmutableArray<int> loggedParameters)
    {
        ShimCandidate = shimCandidate;
        IsMustLog = isMustLog;
        LoggedParameters = loggedParameters;
    }

    /// <summary>The method as a shim, when it has a shim's shape; whether it is one depends on where it is called from.</summary>
    public ShimCandidate? ShimCandidate { get; }

    public bool IsMustLog { get; }

    /// <summary>The ordinals of the parameters whose values a message must print before a <c>[MustLog]</c> call.</summary>
    public ImmutableArray<int> LoggedParameters { get; }

    /// <summary>Neither a possible shim nor <c>[MustLog]</c>: no rule looks at its calls.</summary>
    public bool IsOrdinary => ShimCandidate is null && !IsMustLog;

    public static Callee Of(IMethodSymbol definition)
    {
        var candidate = ShimCandidate.Of(definition);
        var isMustLog = definition.GetAttributes().Any(a => a.AttributeClass?.Name == MarkerAttributeNames.MustLog);
        if (candidate is null && !isMustLog)
        {
            return Ordinary;
        }

        var loggedParameters = isMustLog
            ? definition.Parameters.Where(p => LogRoleMark.Of(p) != LogRoles.None).Select(p => p.Ordinal).ToImmutableArray()
            : ImmutableArray<int>.Empty;
        return new Callee(candidate, isMustLog, loggedParameters);
    }
}
