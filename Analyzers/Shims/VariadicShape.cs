namespace FirmwareGuard.Shims;

/// <summary>How a shim receives its variable arguments.</summary>
internal enum VariadicShape
{
    /// <summary><c>params object[] args</c> (or <c>object?[]</c>).</summary>
    ParamsArray,

    /// <summary><c>params ReadOnlySpan&lt;object?&gt; args</c> (C# 13).</summary>
    ParamsSpan,

    /// <summary><c>__arglist</c>.</summary>
    ArgList,
}
