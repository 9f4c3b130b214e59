using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.Calls;

/// <summary>
/// Operation and argument kinds that newer compilers produce but the Roslyn 4.8 API the analyzers
/// compile against has no names for (C# 12 collection expressions, C# 13 params collections).
/// The values are stable parts of the public enums in later Roslyn versions.
/// </summary>
internal static class NewerOperationKinds
{
    public const OperationKind CollectionExpression = (OperationKind)0x7F;
    public const OperationKind Spread = (OperationKind)0x80;
    public const ArgumentKind ParamCollection = (ArgumentKind)4;
}
