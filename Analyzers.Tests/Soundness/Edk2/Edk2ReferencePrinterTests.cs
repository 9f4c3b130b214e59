using System;
using Xunit;
using static FirmwareGuard.Tests.Soundness.Edk2.Edk2Architecture;

namespace FirmwareGuard.Tests.Soundness.Edk2;

/// <summary>
/// The EDK2 reference printer against BasePrintLib's recorded behaviour: the outputs measured on X64
/// and IA32 builds, and one test per type character of the directive table, on both architectures.
/// </summary>
public class Edk2ReferencePrinterTests
{
    private static readonly Guid GlobalVariable = new("8be4df61-93ca-11d2-aa0d-00e098032b8c");

    private static string Print(Edk2Architecture architecture, string format, params object?[] arguments) =>
        Edk2ReferencePrinter.Print(format, arguments, architecture);

    private static byte[] Narrow(string text) => System.Text.Encoding.ASCII.GetBytes(text);

    // The outputs measured on X64.
    [Fact]
    public void X64DecimalUnsignedAndBothHexCases() =>
        Assert.Equal("-5|7|ABC|ABC", Print(X64, "%d|%u|%x|%X", -5, 7, 0xABC, 0xABC));

    [Fact]
    public void X64CommaGroupsDigitsOfIntAndInt64() =>
        Assert.Equal("1,234,567|1,234,567,890,123", Print(X64, "%,d|%,ld", 1234567, 1234567890123L));

    [Fact]
    public void X64StarReadsWidthAndPrecisionFromUintnSlots() =>
        Assert.Equal("    42|42    |abc", Print(X64, "%*d|%-*d|%.*a", (nuint)6, 42, (nuint)6, 42, (nuint)3, Narrow("abcdef")));

    [Fact]
    public void X64PrecisionPlusAndSpaceOnDecimal() =>
        Assert.Equal("00000042|+42| 42", Print(X64, "%.8d|%+d|% d", 42, 42, 42));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void DoublePercentPrintsPercentAndATrailingPercentPrintsNothing(Edk2Architecture architecture) =>
        Assert.Equal("100%|100", Print(architecture, "100%%|100%"));

    [Fact]
    public void X64IntDirectiveTruncatesA64BitValueWithoutShifting() =>
        Assert.Equal("55667788|99", Print(X64, "%x|%x", 0x1122334455667788L, 0x99));

    // The outputs measured on IA32.
    [Fact]
    public void Ia32LongHexReadsBothSlots() =>
        Assert.Equal("1122334455667788|99", Print(Ia32, "%lx|%x", 0x1122334455667788L, 0x99));

    [Fact]
    public void Ia32IntDirectivesCascadeThroughA64BitValue() =>
        Assert.Equal("55667788|11223344|99", Print(Ia32, "%x|%x|%x", 0x1122334455667788UL, 0x99));

    [Fact]
    public void Ia32UnknownLengthPrintsItselfAndReadsNothing() =>
        Assert.Equal("hd|55", Print(Ia32, "%hd|%x", 0x55));

    // The directive table, row by row, on both architectures.
    [Theory]
    [InlineData(Ia32, "-5|4294967295|FFFFFFFF|1A|7")]
    [InlineData(X64, "-5|4294967295|FFFFFFFF|1A|7")]
    public void IntDirectivesReadOneSlotEach(Edk2Architecture architecture, string expected) =>
        Assert.Equal(expected, Print(architecture, "%d|%u|%x|%X|%d", (short)-5, -1, -1, (byte)0x1A, 7));

    [Theory]
    [InlineData(Ia32, "5|1")]
    [InlineData(X64, "5|7")]
    public void IntDirectiveReadsTheLowWordOfA64BitValue(Edk2Architecture architecture, string expected) =>
        Assert.Equal(expected, Print(architecture, "%d|%d", 0x1_0000_0005L, 7));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void HexWidthPadsWithSpacesUpperCaseXWithZerosAndTheZeroFlagWithZeros(Edk2Architecture architecture) =>
        Assert.Equal("      1A|0000001A|0000001A|1A      |", Print(architecture, "%8x|%8X|%08x|%-8X|", 0x1A, 0x1A, 0x1A, 0x1A));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void LongDirectivesReadA64BitValueWhole(Edk2Architecture architecture) =>
        Assert.Equal(
            "123456789ABC|-1|18446744073709551615|FEDCBA9876543210|-9223372036854775808|1",
            Print(architecture, "%lx|%ld|%Lu|%llX|%ld|%d", 0x123456789ABCL, -1L, ulong.MaxValue, 0xFEDCBA9876543210UL, long.MinValue, 1));

    [Fact]
    public void Ia32LongDirectiveTakesTwoSlotsSoA32BitValueBorrowsTheNext() =>
        Assert.Equal("50000001A", Print(Ia32, "%lx", 0x1A, 5));

    [Fact]
    public void X64LongDirectiveReadsTheUnspecifiedUpperHalfOfA32BitValue() =>
        Assert.Equal("CCCCCCCC0000001A", Print(X64, "%lx", 0x1A));

    [Theory]
    [InlineData(Ia32, "7FE12000|007FE12000|7FE12000  |")]
    [InlineData(X64, "7FE12000|007FE12000|7FE12000  |")]
    public void PointerIsUpperCaseHexZeroPaddedOnlyToAWidth(Edk2Architecture architecture, string expected)
    {
        object address = architecture == Ia32 ? (object)0x7FE12000u : (nuint)0x7FE12000u;
        Assert.Equal(expected, Print(architecture, "%p|%10p|%-10p|", address, address, address));
    }

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void PointerIgnoresPlusSpaceZeroAndLong(Edk2Architecture architecture)
    {
        object address = architecture == Ia32 ? (object)0x1Au : (nuint)0x1Au;
        Assert.Equal("1A", Print(architecture, "%+ 0lp", address));
    }

    [Fact]
    public void X64PointerPrintsAll64Bits() =>
        Assert.Equal("7FE1200012345678", Print(X64, "%p", unchecked((nuint)0x7FE1200012345678UL)));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void NarrowStringPrintsToItsNulAndPrecisionLimitsIt(Edk2Architecture architecture) =>
        Assert.Equal("ab|abc|   ab|ab   |<null string>", Print(architecture, "%a|%.3a|%5.2a|%-5.2a|%a", Narrow("ab\0cd"), Narrow("abcdef"), Narrow("abc"), Narrow("abc"), null));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void StringPrecisionLongerThanTheStringPadsBeforeIt(Edk2Architecture architecture) =>
        Assert.Equal("  abc|  abc   |", Print(architecture, "%.5a|%-8.5a|", Narrow("abc"), Narrow("abc")));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void WideStringPrintsUtf16InAsciiOutputAndNullAsText(Edk2Architecture architecture) =>
        Assert.Equal("wide|chars|  abc|<null string>|A", Print(architecture, "%s|%S|%5s|%s|%s", "wide", "chars".ToCharArray(), "abc", null, "\u0141"));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void NarrowStringThroughPercentSPrintsEveryOtherByte(Edk2Architecture architecture) =>
        Assert.Equal("nro", Print(architecture, "%s", Narrow("narrow")));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void WideStringThroughPercentAStopsAtTheFirstZeroByte(Edk2Architecture architecture) =>
        Assert.Equal("w", Print(architecture, "%a", "wide"));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void CharacterPrintsTheLowByteOfItsLow16BitsAndACharacterZeroAsASpace(Edk2Architecture architecture) =>
        Assert.Equal("A|A|    B|\u00ff| |C", Print(architecture, "%c|%c|%5c|%c|%c|%c", 'A', 0x141, 'B', -1, 0x10000, 'C'));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void GuidPrintsItsFieldsInUpperCaseHex(Edk2Architecture architecture) =>
        Assert.Equal("8BE4DF61-93CA-11D2-AA0D-00E098032B8C|<null guid>", Print(architecture, "%g|%g", GlobalVariable, null));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void TimePrintsMonthDayYearHourMinute(Edk2Architecture architecture) =>
        Assert.Equal("07/02/2024  09:05|<null time>", Print(architecture, "%t|%t", new DateTime(2024, 7, 2, 9, 5, 31), null));

    [Theory]
    [InlineData(Ia32, 0x8000000Eu, 0x80000064u, "Success|Warning Buffer Too Small|Not Found|80000064|00000064")]
    [InlineData(X64, 0x800000000000000EUL, 0x8000000000000064UL, "Success|Warning Buffer Too Small|Not Found|00000064|00000064")]
    public void StatusPrintsItsNameOrItsLow32BitsInHex(Edk2Architecture architecture, object notFound, object unknownError, string expected)
    {
        object Status(ulong value) => architecture == Ia32 ? (object)(uint)value : value;
        Assert.Equal(expected, Print(architecture, "%r|%r|%r|%r|%r", Status(0), Status(4), notFound, unknownError, Status(0x64)));
    }

    [Theory]
    [InlineData(Ia32, "Load Error|HTTP Error|80000024|Warning Reset Required|00000008")]
    [InlineData(X64, "Load Error|HTTP Error|00000024|Warning Reset Required|00000008")]
    public void StatusNamesRunFromLoadErrorToHttpErrorAndUpToWarningResetRequired(Edk2Architecture architecture, string expected)
    {
        var errorBit = architecture == Ia32 ? 1UL << 31 : 1UL << 63;
        object Status(ulong value) => architecture == Ia32 ? (object)(uint)value : value;
        Assert.Equal(expected, Print(architecture, "%r|%r|%r|%r|%r", Status(errorBit | 1), Status(errorBit | 35), Status(errorBit | 36), Status(7), Status(8)));
    }

    [Fact]
    public void X64StatusFromA32BitValueReadsTheUnspecifiedUpperHalf() =>
        Assert.Equal("00000000", Print(X64, "%r", 0u));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void UnknownTypeCharacterPrintsItselfPaddedAndReadsNothing(Edk2Architecture architecture) =>
        Assert.Equal("    y|zu|i|f|#x|q   |", Print(architecture, "%5y|%zu|%i|%f|%#x|%-4q|"));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void FormatEndingInsideADirectivePrintsOnlyTheWidth(Edk2Architecture architecture) =>
        Assert.Equal("a|   ", Print(architecture, "a|%3l"));

    // Flags as the source applies them.
    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void SignAndBlankApplyToDecimalAndHexButPlusNotToUnsigned(Edk2Architecture architecture) =>
        Assert.Equal("-42|+42| 42|42| 42|+2A| 2A|+0042", Print(architecture, "%+d|%+d|% d|%+u|% u|%+x|% x|%+05d", -42, 42, 42, 42, 42, 0x2A, 0x2A, 42));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void PrecisionOnNumbersPadsWithZerosAfterTheSign(Edk2Architecture architecture) =>
        Assert.Equal("-005|     005|001A||-0042", Print(architecture, "%.3d|%8.3d|%.4x|%.0d|%05d", -5, 5, 0x1A, 0, -42));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void LeftJustifyPadsAfterAndBeatsTheZeroFlag(Edk2Architecture architecture) =>
        Assert.Equal("42   |-42  |a    |", Print(architecture, "%-5d|%-05d|%-5a|", 42, -42, Narrow("a")));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void CommaTurnsOffZeroPaddingAndPrecisionAndIsIgnoredForHex(Edk2Architecture architecture) =>
        Assert.Equal("   1,234|-1,234|42|4,294,967,295|12345", Print(architecture, "%,08d|%,d|%,.8d|%,u|%,x", 1234, -1234, 42, -1, 0x12345));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void LineEndsBecomeCarriageReturnLineFeed(Edk2Architecture architecture) =>
        Assert.Equal("a\r\nb\r\nc\r\nd\re\r\n", Print(architecture, "a\nb\n\rc\r\nd\re\n"));

    // Faults: where the output would depend on an address or on memory past the arguments.
    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void ReadingAPointerAsANumberFaults(Edk2Architecture architecture) =>
        Assert.Throws<Edk2Fault>(() => Print(architecture, "%x", "text"));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void ReadingANumberAsAPointerFaults(Edk2Architecture architecture) =>
        Assert.Throws<Edk2Fault>(() => Print(architecture, "%a", 5));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void ReadingPastTheLastArgumentFaults(Edk2Architecture architecture) =>
        Assert.Throws<Edk2Fault>(() => Print(architecture, "%d %d", 1));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void ReadingAStringAsAGuidFaults(Edk2Architecture architecture) =>
        Assert.Throws<Edk2Fault>(() => Print(architecture, "%g", "text"));

    [Fact]
    public void X64WidthFromA32BitValueIsGarbageTooWideToPrint() =>
        Assert.Throws<Edk2Fault>(() => Print(X64, "%*d", 6, 42));

    [Fact]
    public void Ia32WidthFromA32BitValueIsTheValue() =>
        Assert.Equal("    42", Print(Ia32, "%*d", 6, 42));
}
