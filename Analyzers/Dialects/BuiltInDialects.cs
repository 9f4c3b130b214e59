using System;
using System.Collections.Immutable;

namespace FirmwareGuard.Dialects;

/// <summary>
/// The printers FirmwareGuard knows out of the box, written in the dialect file format.
/// Sources: docs/dialects.md (hvmloader: Xen tools/firmware/hvmloader/util.c, identical at
/// c74c1f906a and c447b7308b; SeaBIOS: src/output.c, bvprintf at 41514a7a).
/// </summary>
internal static class BuiltInDialects
{
    public const string DefaultName = "hvmloader";

    public const string Text = """
        # Xen hvmloader: _doprint. 32-bit target, one 32-bit slot per argument.
        [hvmloader]
        description = Xen hvmloader's printf (_doprint): d u o x X s c, one 'l', flags '-' then '0', a width; no 64-bit conversions
        flags = -0
        lengths = l
        unknown = print-character
        sign-before-padding = yes
        d  = signed 1 32 width zero
        ld = signed 1 32 width zero
        u  = unsigned 1 32 width zero
        lu = unsigned 1 32 width zero
        o  = octal 1 32 width zero
        lo = octal 1 32 width zero
        x  = hex 1 32 width zero
        lx = hex 1 32 width zero
        X  = HEX 1 32 width zero
        lX = HEX 1 32 width zero
        s  = string 1 32 width left
        ls = string 1 32 width left
        c  = char 1 32
        lc = char 1 32

        # SeaBIOS: bvprintf. A first 'l' is ignored, 'll' reads 64 bits.
        [seabios]
        description = SeaBIOS's bvprintf: d u x X p pP c s .s; 'll' reads 64 bits, but only %llx and %llX print them all; '0' pads hex only
        flags = 0
        lengths = l ll
        unknown = print-percent
        sign-before-padding = no
        d   = signed 1 32
        ld  = signed 1 32
        lld = signed 2 32
        u   = unsigned 1 32
        lu  = unsigned 1 32
        llu = unsigned 2 32
        x   = hex 1 32 width zero
        lx  = hex 1 32 width zero
        llx = hex 2 64 width zero
        X   = HEX 1 32 width zero
        lX  = HEX 1 32 width zero
        llX = HEX 2 64 width zero
        p   = pointer 1 32
        lp  = pointer 1 32
        llp = pointer 1 32
        pP   = pointer 1 32
        lpP  = pointer 1 32
        llpP = pointer 1 32
        c   = char 1 32
        lc  = char 1 32
        llc = char 1 32
        s   = string 1 32
        ls  = string 1 32
        lls = string 1 32
        .s  = string 1 32
        l.s = string 1 32
        ll.s = string 1 32
        .   = nothing 0 0
        l.  = nothing 0 0
        ll. = nothing 0 0
        """;

    private static readonly Lazy<ImmutableArray<Dialect>> Parsed = new(() =>
    {
        var result = DialectFile.Parse(Text);
        return result.Errors.IsEmpty
            ? result.Dialects
            : throw new InvalidOperationException("Built-in dialect table: " + string.Join("; ", result.Errors));
    });

    public static ImmutableArray<Dialect> All => Parsed.Value;

    public static Dialect Default => All[0];
}
