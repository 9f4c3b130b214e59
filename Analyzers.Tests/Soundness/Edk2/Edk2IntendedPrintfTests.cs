using System;
using System.Text;
using Xunit;
using static FirmwareGuard.Tests.Soundness.Edk2.Edk2Architecture;

namespace FirmwareGuard.Tests.Soundness.Edk2;

/// <summary>
/// The intended printf of EDK2 calls: C's meaning for C's conversions, with the whole argument;
/// EDK2's meaning for its own; null where a call means nothing.
/// </summary>
public class Edk2IntendedPrintfTests
{
    private static string? Print(Edk2Architecture architecture, string format, params object?[] arguments) =>
        Edk2IntendedPrintf.Print(format, arguments, architecture, precisionPadsStrings: false);

    [Fact]
    public void APrecisionPadsAShorterStringWhereTheDialectSaysSo()
    {
        var name = Encoding.ASCII.GetBytes("abc");

        Assert.Equal("abc|ab", Edk2IntendedPrintf.Print("%.5a|%.2a", new object?[] { name, name }, X64, precisionPadsStrings: false));
        Assert.Equal("  abc|ab|  abc   ", Edk2IntendedPrintf.Print("%.5a|%.2a|%-8.5a", new object?[] { name, name, name }, X64, precisionPadsStrings: true));
    }

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void CConversionsPrintTheWholeValueWithUpperCaseHexForLowerCaseX(Edk2Architecture architecture) =>
        Assert.Equal(
            "1122334455667788|1122334455667788|-5|    1A|    1A|85|+7|0x1A",
            Print(architecture, "%x|%Lx|%d|%6x|%6X|%hd|%+d|%#x", 0x1122334455667788L, 0x1122334455667788L, -5, 0x1A, 0x1A, 0x55, 7, 0x1A));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void CommaGroupsTheDecimalDigitsAndPadsWithSpaces(Edk2Architecture architecture) =>
        Assert.Equal("-1,234,567|    1,234|18,446,744,073,709,551,615", Print(architecture, "%,d|%,9u|%,lu", -1234567, 1234u, ulong.MaxValue));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void StarTakesTheArgumentsValueWhateverItsType(Edk2Architecture architecture) =>
        Assert.Equal("   42|ab", Print(architecture, "%*d|%.*a", 5L, 42, (byte)2, Encoding.ASCII.GetBytes("abc")));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void StringsGuidsAndTimesTakeTheirOwnTypes(Edk2Architecture architecture) =>
        Assert.Equal(
            "narrow|wide|chars|8BE4DF61-93CA-11D2-AA0D-00E098032B8C|07/02/2024  09:05",
            Print(architecture, "%a|%s|%S|%g|%t", Encoding.ASCII.GetBytes("narrow"), "wide", "chars".ToCharArray(), new Guid("8be4df61-93ca-11d2-aa0d-00e098032b8c"), new DateTime(2024, 7, 2, 9, 5, 0)));

    [Theory]
    [InlineData(Ia32)]
    [InlineData(X64)]
    public void APrecisionCutsAStringAndAWidthPadsItWithSpaces(Edk2Architecture architecture) =>
        Assert.Equal("ab|abc|  abc|ab   |", Print(architecture, "%.2a|%.5a|%5.5a|%-5.2s|", Encoding.ASCII.GetBytes("abc"), Encoding.ASCII.GetBytes("abc"), Encoding.ASCII.GetBytes("abc"), "abc"));

    [Theory]
    [InlineData("%a", "wide")]
    [InlineData("%s", new byte[] { 0x61 })]
    [InlineData("%g", "guid")]
    [InlineData("%t", 5)]
    [InlineData("%d", "text")]
    [InlineData("%d")]
    [InlineData("%5%")]
    [InlineData("100%")]
    public void AnArgumentThatDoesNotFitOrIsMissingMeansNothing(string format, params object?[] arguments) =>
        Assert.Null(Print(X64, format, arguments));

    [Theory]
    [InlineData("%a")]
    [InlineData("%s")]
    [InlineData("%g")]
    [InlineData("%t")]
    public void ANullArgumentMeansNothingAsInC(string format) =>
        Assert.Null(Print(X64, format, new object?[] { null }));

    [Theory]
    [InlineData(Ia32, "Not Found|80000064|7FE12000")]
    [InlineData(X64, "Not Found|00000064|7FE12000")]
    public void StatusAndPointerTakeAValueThatFitsInUintn(Edk2Architecture architecture, string expected)
    {
        object Natural(ulong value) => architecture == Ia32 ? (object)(uint)value : value;
        var errorBit = architecture == Ia32 ? 1UL << 31 : 1UL << 63;
        Assert.Equal(expected, Print(architecture, "%r|%r|%p", Natural(errorBit | 14), Natural(errorBit | 0x64), Natural(0x7FE12000)));
    }

    [Fact]
    public void Ia32StatusOrPointerFromA64BitValueMeansNothing()
    {
        Assert.Null(Print(Ia32, "%r", 0UL));
        Assert.Null(Print(Ia32, "%p", (nuint)0));
    }

    [Fact]
    public void PointerPadsWithSpacesAsCPadsAField() =>
        Assert.Equal("    1A|1A    |", Print(X64, "%6p|%-6p|", 0x1AUL, 0x1AUL));

    [Fact]
    public void LineEndsAreEdk2sInTheFormatOnly() =>
        Assert.Equal("a\r\nb\r\n\n", Print(X64, "a\nb\n\r%a", Encoding.ASCII.GetBytes("\n")));
}
