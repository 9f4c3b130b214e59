using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using FirmwareGuard.Calls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Rules;

internal static class ShimCallReport
{
    /// <summary>
    /// Reports a diagnostic on the call, with its secondary location and the indexes its code fix needs,
    /// unless the call is one a shim's body makes unchecked: asked only here, when there is something to
    /// report, so a clean call never pays for finding the function it is in.
    /// </summary>
    public static void Report(
        in OperationAnalysisContext context,
        ShimCall call,
        DiagnosticDescriptor descriptor,
        Location location,
        Location? additionalLocation,
        int? directiveIndex,
        int? argumentIndex,
        params object[] messageArguments)
    {
        if (call.IsUncheckedIn(context.ContainingSymbol))
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty;
        if (directiveIndex is { } directive)
        {
            properties = properties.Add(DiagnosticProperties.DirectiveIndex, directive.ToString(CultureInfo.InvariantCulture));
        }

        if (argumentIndex is { } argument)
        {
            properties = properties.Add(DiagnosticProperties.ArgumentIndex, argument.ToString(CultureInfo.InvariantCulture));
        }

        IEnumerable<Location>? additional = additionalLocation is null ? null : new[] { additionalLocation };
        context.ReportDiagnostic(Diagnostic.Create(descriptor, location, additional, properties, messageArguments));
    }
}
