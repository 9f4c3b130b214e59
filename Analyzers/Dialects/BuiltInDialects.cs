using System;
using System.Collections.Immutable;

namespace FirmwareGuard.Dialects;

/// <summary>
/// The printers FirmwareGuard knows out of the box, written in the dialect file format.
/// Sources: docs/dialects.md (hvmloader: Xen tools/firmware/hvmloader/util.c, identical at
/// c74c1f906a and c447b7308b; SeaBIOS: src/output.c, bvprintf at 41514a7a; EDK2:
/// MdePkg/Library/BasePrintLib/PrintLibInternal.c at c5aa7e7d94).
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
        console = the Xen console
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
        console = the debug port or serial console
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

        # EDK2: BasePrintLibSPrintMarker (MdePkg/Library/BasePrintLib), behind UEFI's DEBUG(), on IA32.
        [edk2-ia32]
        description = EDK2's BasePrintLib on IA32: 4-byte slots, a 64-bit value takes two; 'l', 'L' and 'll' read 64 bits; %x prints upper case; %a ASCII, %s UTF-16, %g GUID, %t time, %r status
        slot-bytes = 4
        grammar = any-order
        flags = -+ ,0
        lengths = l L
        precision = yes
        star = yes
        unknown = print-character-padded
        sign-before-padding = no
        hex-case = cosmetic
        precision-pads-strings = yes
        pointer-arguments = yes
        console = DEBUG()'s serial output
        newline = crlf
        # The serial-port DEBUG() library formats into a 256-byte buffer: 255 characters and the NUL.
        message-limit = 255
        d = signed 1 32 width left zero precision plus space comma
        ld = signed 2 64 width left zero precision plus space comma
        u = unsigned 1 32 width left zero precision space comma
        lu = unsigned 2 64 width left zero precision space comma
        x = HEX 1 32 width left zero precision plus space
        lx = HEX 2 64 width left zero precision plus space
        X = HEX 1 32 width left zero precision plus space forced-zero
        lX = HEX 2 64 width left zero precision plus space forced-zero
        p = pointer 1 32 width left precision forced-zero
        lp = pointer 1 32 width left precision forced-zero
        a = narrow-string 1 32 width left precision
        la = narrow-string 1 32 width left precision
        s = string 1 32 width left precision
        S = string 1 32 width left precision
        ls = string 1 32 width left precision
        lS = string 1 32 width left precision
        c = char 1 32 width left
        lc = char 1 32 width left
        g = guid 1 32 width left precision
        lg = guid 1 32 width left precision
        t = time 1 32 width left precision
        lt = time 1 32 width left precision
        r = status 1 32 width left precision
        lr = status 1 32 width left precision

        # EDK2: BasePrintLibSPrintMarker (MdePkg/Library/BasePrintLib), behind UEFI's DEBUG(), on X64.
        [edk2-x64]
        description = EDK2's BasePrintLib on X64: every argument one 8-byte slot; 'l', 'L' and 'll' read 64 bits, without them 32; %x prints upper case; %a ASCII, %s UTF-16, %g GUID, %t time, %r status
        slot-bytes = 8
        grammar = any-order
        flags = -+ ,0
        lengths = l L
        precision = yes
        star = yes
        unknown = print-character-padded
        sign-before-padding = no
        hex-case = cosmetic
        precision-pads-strings = yes
        pointer-arguments = yes
        console = DEBUG()'s serial output
        newline = crlf
        # The serial-port DEBUG() library formats into a 256-byte buffer: 255 characters and the NUL.
        message-limit = 255
        d = signed 1 32 width left zero precision plus space comma
        ld = signed 1 64 width left zero precision plus space comma
        u = unsigned 1 32 width left zero precision space comma
        lu = unsigned 1 64 width left zero precision space comma
        x = HEX 1 32 width left zero precision plus space
        lx = HEX 1 64 width left zero precision plus space
        X = HEX 1 32 width left zero precision plus space forced-zero
        lX = HEX 1 64 width left zero precision plus space forced-zero
        p = pointer 1 64 width left precision forced-zero
        lp = pointer 1 64 width left precision forced-zero
        a = narrow-string 1 64 width left precision
        la = narrow-string 1 64 width left precision
        s = string 1 64 width left precision
        S = string 1 64 width left precision
        ls = string 1 64 width left precision
        lS = string 1 64 width left precision
        c = char 1 32 width left
        lc = char 1 32 width left
        g = guid 1 64 width left precision
        lg = guid 1 64 width left precision
        t = time 1 64 width left precision
        lt = time 1 64 width left precision
        r = status 1 64 width left precision
        lr = status 1 64 width left precision
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
