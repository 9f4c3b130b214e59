namespace FirmwareGuard.CodeFixes;

/// <summary>What a fix does to one variable argument of a shim call.</summary>
internal enum ArgumentChange
{
    /// <summary>Pass it as two 32-bit halves, upper first: <c>(uint)(v &gt;&gt; 32), (uint)v</c>.</summary>
    SplitHalves,

    /// <summary><c>checked((int)v)</c>: throws when the value does not fit.</summary>
    CheckedToInt,

    /// <summary><c>checked((uint)v)</c>: throws when the value does not fit.</summary>
    CheckedToUInt,

    /// <summary>Rewrite a 64-bit constant that fits as an <c>int</c> constant.</summary>
    ConstantToInt,

    /// <summary>Rewrite a 64-bit constant that fits as a <c>uint</c> constant.</summary>
    ConstantToUInt,

    /// <summary>Drop it, keeping its side effects.</summary>
    Remove,

    /// <summary>
    /// It prints the lower half of a 64-bit value (<c>(uint)v</c>): pass the upper half right before
    /// it, written the same way (<c>(uint)(v &gt;&gt; 32), (uint)v</c>).
    /// </summary>
    PrependUpperHalf,
}
