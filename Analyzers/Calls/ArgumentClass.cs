namespace FirmwareGuard.Calls;

/// <summary>What a C# argument becomes on the printer's target (the slot table in docs/dialects.md).</summary>
internal enum ArgumentClass
{
    /// <summary>8/16/32-bit integers, <c>char</c>, <c>bool</c> and enums of those: one integer slot.</summary>
    Integer32,

    /// <summary><c>long</c>, <c>ulong</c>, <c>nint</c>, <c>nuint</c> and enums over 64-bit types: two integer slots, low word first.</summary>
    Integer64,

    /// <summary><c>double</c> and <c>float</c>: two slots, and no dialect prints them.</summary>
    FloatingPoint,

    /// <summary><c>string</c>: one pointer slot.</summary>
    String,

    /// <summary>Where the dialect passes pointers: <c>byte[]</c>, <c>byte*</c>, <c>ReadOnlySpan&lt;byte&gt;</c> — a narrow (ASCII) string.</summary>
    NarrowText,

    /// <summary>Where the dialect passes pointers: <c>char[]</c>, <c>char*</c>, <c>ReadOnlySpan&lt;char&gt;</c> — UTF-16 text.</summary>
    WideText,

    /// <summary>Where the dialect passes pointers: <c>System.Guid</c> or a pointer to one.</summary>
    Guid,

    /// <summary>Where the dialect passes pointers: <c>System.DateTime</c>.</summary>
    Time,

    /// <summary>Where the dialect passes pointers: any other unmanaged or function pointer.</summary>
    Pointer,

    /// <summary>The <c>null</c> literal: one pointer slot that points nowhere.</summary>
    Null,

    /// <summary>Anything else (<c>object</c>, <c>decimal</c>, a struct, <c>int?</c>): no C meaning.</summary>
    Other,
}
