using FirmwareGuard.Calls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace FirmwareGuard.FirmwareLog;

internal enum FlowEventKind
{
    /// <summary>A call to a shim that prints to the console.</summary>
    Message,

    /// <summary>A call to a member marked <c>[MustLog]</c>.</summary>
    MustLogCall,

    /// <summary>An assignment to a local, parameter, field or property.</summary>
    Write,
}

/// <summary>Something that happens inside a basic block, in evaluation order, that the message rules care about.</summary>
internal sealed class FlowEvent
{
    private FlowEvent(FlowEventKind kind, SyntaxNode syntax, ShimCall? message, IInvocationOperation? mustLogCall, ISymbol? written)
    {
        Kind = kind;
        Line = message is null ? default : LineEffect.Of(message);
        Syntax = syntax;
        Message = message;
        MustLogCall = mustLogCall;
        Written = written;
    }

    public FlowEventKind Kind { get; }

    public SyntaxNode Syntax { get; }

    public ShimCall? Message { get; }

    /// <summary>What a message does to the current line.</summary>
    public LineEffect Line { get; }

    public IInvocationOperation? MustLogCall { get; }

    public ISymbol? Written { get; }

    public static FlowEvent ForMessage(ShimCall call) => new(FlowEventKind.Message, call.Invocation.Syntax, call, null, null);

    public static FlowEvent ForMustLogCall(IInvocationOperation call) => new(FlowEventKind.MustLogCall, call.Syntax, null, call, null);

    public static FlowEvent ForWrite(SyntaxNode syntax, ISymbol written) => new(FlowEventKind.Write, syntax, null, null, written);
}
