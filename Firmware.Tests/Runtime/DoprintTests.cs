using System;
using FirmwareGuard.Firmware.Runtime;
using Xunit;

namespace FirmwareGuard.Firmware.Tests.Runtime;

/// <summary>Where hvmloader's printf differs from C's, and each fault.</summary>
public sealed class DoprintTests
{
    private enum Wide : long
    {
    }

    [Theory]
    [InlineData("%llx", "lx")]
    [InlineData("%lld", "ld")]
    [InlineData("%p", "p")]
    [InlineData("%zu", "zu")]
    [InlineData("%hx", "hx")]
    [InlineData("%.3x", ".3x")]
    [InlineData("%+d", "+d")]
    [InlineData("%#x", "#x")]
    [InlineData("%i", "i")]
    [InlineData("%f", "f")]
    [InlineData("%*d", "*d")]
    [InlineData("%%", "%")]
    [InlineData("%5%", "%")]
    [InlineData("%0-5d", "-5d")]
    [InlineData("%--5d", "-5d")]
    public void AnUnknownConversionPrintsItselfAndConsumesNothing(string directive, string printed)
    {
        Assert.Equal($"[{printed}] 7", Doprint.Emit($"[{directive}] %u", [7u]));
    }

    [Fact]
    public void The2013BarLineIsGarbled()
    {
        var line = Doprint.Emit("pci dev %02x:%x bar %02x size %llx: %08x\n", [0u, 2u, 0x10u, 0x2000000ul, 0xf0000008u]);

        Assert.Equal("pci dev 00:2 bar 10 size lx: 02000000\n", line);
    }

    [Fact]
    public void ASixtyFourBitArgumentShiftsEveryLaterDirective()
    {
        var line = Doprint.Emit("size %x base %08x bar %x\n", [0x1_2345_6789ul, 0xf0000008u, 0x10u]);

        Assert.Equal("size 23456789 base 00000001 bar f0000008\n", line);
    }

    [Fact]
    public void ThePrillxSplitPrintsTheWholeValue()
    {
        var size = 0x2000000ul;

        Assert.Equal("002000000", Doprint.Emit("%x%08x", [(uint)(size >> 32), (uint)size]));
    }

    [Theory]
    [InlineData("%05d", -42, "-00042")]
    [InlineData("%5d", -3, "-    3")]
    [InlineData("%d", int.MinValue, "-2147483648")]
    [InlineData("%ld", -1, "-1")]
    [InlineData("%-5d", 42, "   42")]
    [InlineData("%-05x", 42, "0002a")]
    [InlineData("%5u", -1, "4294967295")]
    [InlineData("%o", 8, "10")]
    [InlineData("%X", 0xabcdef, "ABCDEF")]
    [InlineData("%lx", -1, "ffffffff")]
    [InlineData("%02x", 0x1ff, "1ff")]
    [InlineData("%0x", 0, "0")]
    public void NumbersPadTheirDigitsOnly(string format, int value, string printed)
    {
        Assert.Equal(printed, Doprint.Emit(format, [value]));
    }

    [Theory]
    [InlineData("[%5c]", "[A]")]
    [InlineData("[%-5c]", "[A]")]
    [InlineData("[%05c]", "[A]")]
    public void PercentCIgnoresWidthAndFlags(string format, string printed)
    {
        Assert.Equal(printed, Doprint.Emit(format, ['A']));
    }

    [Fact]
    public void PercentCPrintsTheLowByte()
    {
        Assert.Equal("A\u00e9", Doprint.Emit("%c%c", [0x141, '\u20e9']));
    }

    [Theory]
    [InlineData("[%6s]", "[   abc]")]
    [InlineData("[%-6s]", "[abc   ]")]
    [InlineData("[%06s]", "[   abc]")]
    [InlineData("[%2s]", "[abc]")]
    [InlineData("[%ls]", "[abc]")]
    public void StringsHonourWidthAndLeftJustify(string format, string printed)
    {
        Assert.Equal(printed, Doprint.Emit(format, ["abc"]));
    }

    [Fact]
    public void AStringEndsAtItsFirstNul()
    {
        Assert.Equal("[  ab]", Doprint.Emit("[%4s]", ["ab\0cd"]));
    }

    [Fact]
    public void TheFormatEndsAtItsFirstNul()
    {
        Assert.Equal("ab", Doprint.Emit("ab\0%s", []));
    }

    [Fact]
    public void ArgumentsTakeSlotsAsCPromotesThem()
    {
        object?[] arguments = [(sbyte)-1, (byte)255, (short)-2, (ushort)65535, 'A', true, false, DayOfWeek.Friday, (Wide)(-1L), 1.0, 1.0f, (nint)(-2), (nuint)3];

        var printed = Doprint.Emit("%x %x %x %x %x %x %x %x | %x %x | %x %x | %x %x | %x %x | %x %x", arguments);

        Assert.Equal("ffffffff ff fffffffe ffff 41 1 0 5 | ffffffff ffffffff | 0 3ff00000 | 0 3ff00000 | fffffffe ffffffff | 3 0", printed);
    }

    [Fact]
    public void PercentSOnAnIntegerFaults()
    {
        var fault = Assert.Throws<FirmwareFault>(() => Doprint.Emit("bar %x: %s\n", [0x10u, 0x2000000ul]));

        Assert.Equal("bar 10: ", fault.Emitted);
        Assert.Equal(
            "\"%s\" at offset 8 reads slot 1 as a string pointer, but it holds the lower half of argument 1, the integer 0x2000000: strlen dereferences address 0x2000000",
            fault.Message);
    }

    [Fact]
    public void PercentSOnNullFaults()
    {
        var fault = Assert.Throws<FirmwareFault>(() => Doprint.Emit("name %s", [null]));

        Assert.Equal("name ", fault.Emitted);
        Assert.Contains("a NULL pointer", fault.Message, StringComparison.Ordinal);
        Assert.Contains("does not check for NULL", fault.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%d")]
    [InlineData("%lx")]
    [InlineData("%c")]
    public void ANumberOrCharacterOnAPointerFaults(string format)
    {
        var fault = Assert.Throws<FirmwareFault>(() => Doprint.Emit(format, ["abc"]));

        Assert.Contains("as an integer, but it holds argument 0, a pointer to the string \"abc\"", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadingPastTheLastSlotFaults()
    {
        var fault = Assert.Throws<FirmwareFault>(() => Doprint.Emit("%x %x %x", [1u, 2u]));

        Assert.Equal("1 2 ", fault.Emitted);
        Assert.Contains("reads slot 2, but the arguments fill only 2 slot(s)", fault.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("50%", "%")]
    [InlineData("50%l", "%l")]
    [InlineData("50%-08l", "%-08l")]
    [InlineData("50%\0x", "%")]
    public void AFormatEndingInsideADirectiveFaults(string format, string directive)
    {
        var fault = Assert.Throws<FirmwareFault>(() => Doprint.Emit(format, [1u]));

        Assert.Equal("50", fault.Emitted);
        Assert.Equal(
            $"the format ends inside the directive \"{directive}\" at offset 2: hvmloader emits a NUL and reads on past the string's terminator",
            fault.Message);
    }

    [Fact]
    public void AnArgumentWithoutCMeaningFaults()
    {
        var fault = Assert.Throws<FirmwareFault>(() => Doprint.Emit("%x", [1.5m]));

        Assert.Equal("argument 0 is a Decimal, which has no C meaning: the firmware cannot lay it out in 32-bit slots", fault.Message);
    }
}
