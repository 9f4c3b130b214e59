using System;
using Xunit;

namespace FirmwareGuard.Firmware.Tests.Cli;

public sealed class PrintfCommandTests
{
    [Fact]
    public void TheReadmeCommandShowsTheGarbled2013BarLine()
    {
        var run = CommandRun.Of("printf", @"pci dev %02x:%x bar %02x size %llx: %08x\n", "u32:0", "u32:2", "u32:0x10", "u64:0x2000000", "u32:0xf0000008");

        Assert.Equal(new CommandRun(0, "pci dev 00:2 bar 10 size lx: 02000000\n", ""), run);
    }

    [Fact]
    public void EveryArgumentTypeReachesThePrinter()
    {
        var run = CommandRun.Of("printf", @"%u %u %x %d %x%x %d %d %c %s|%s|", "u8:255", "u16:0xFFFF", "u32:4294967295", "i32:-5", "u64:0x100000002", "i64:-1", "char:Z", "str:a:b", "str:");

        Assert.Equal(new CommandRun(0, "255 65535 ffffffff -5 21 -1 -1 Z a:b||", ""), run);
    }

    [Theory]
    [InlineData(@"a\tb\\c\""d\'e\?f", "a\tb\\c\"d'e?f")]
    [InlineData(@"\a\b\f\n\r\v", "\a\b\f\n\r\v")]
    [InlineData(@"\x41\x4a\x7e!", "AJ~!")]
    [InlineData(@"\101\60\0619", "A019")]
    [InlineData(@"ab\0cd", "ab")]
    public void FormatEscapesAreDecodedAsInC(string format, string printed)
    {
        Assert.Equal(new CommandRun(0, printed, ""), CommandRun.Of("printf", format));
    }

    [Fact]
    public void ANullArgumentIsANullPointer()
    {
        var run = CommandRun.Of("printf", "name=%s", "null");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("name=", run.Output);
        Assert.StartsWith("firmware fault: \"%s\" at offset 5 reads slot 0, argument 0, a NULL pointer", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFirmwareFaultPrintsWhatWasEmittedThenTheFault()
    {
        var run = CommandRun.Of("printf", @"bar %x: %s\n", "u32:0x10", "u64:5");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("bar 10: ", run.Output);
        Assert.Equal(
            "firmware fault: \"%s\" at offset 8 reads slot 1 as a string pointer, but it holds the lower half of argument 1, the integer 0x5: strlen dereferences address 0x5\n",
            run.Error);
    }

    [Theory]
    [InlineData("q:1", "error: argument 'q:1' has an unknown type prefix 'q' (expected one of u8, u16, u32, i32, u64, i64, char, str, null)")]
    [InlineData("12", "error: argument '12' has no type prefix (expected TYPE:VALUE with TYPE one of u8, u16, u32, i32, u64, i64, char, str, null)")]
    [InlineData("u8:256", "error: argument 'u8:256': 256 is out of range for u8 (0 to 255)")]
    [InlineData("u16:0x10000", "error: argument 'u16:0x10000': 0x10000 is out of range for u16 (0 to 65535)")]
    [InlineData("u32:-1", "error: argument 'u32:-1': -1 is out of range for u32 (0 to 4294967295)")]
    [InlineData("i32:2147483648", "error: argument 'i32:2147483648': 2147483648 is out of range for i32 (-2147483648 to 2147483647)")]
    [InlineData("u64:18446744073709551616", "error: argument 'u64:18446744073709551616': 18446744073709551616 is out of range for u64 (0 to 18446744073709551615)")]
    [InlineData("i64:-0x8000000000000001", "error: argument 'i64:-0x8000000000000001': -0x8000000000000001 is out of range for i64 (-9223372036854775808 to 9223372036854775807)")]
    [InlineData("u32:0x", "error: argument 'u32:0x': '0x' is not a decimal or 0x-hex integer")]
    [InlineData("u32:12abc", "error: argument 'u32:12abc': '12abc' is not a decimal or 0x-hex integer")]
    [InlineData("u32:", "error: argument 'u32:': '' is not a decimal or 0x-hex integer")]
    [InlineData("u32:+1", "error: argument 'u32:+1': '+1' is not a decimal or 0x-hex integer")]
    [InlineData("char:ab", "error: argument 'char:ab': a char argument takes exactly one character")]
    [InlineData("char:", "error: argument 'char:': a char argument takes exactly one character")]
    [InlineData("null:", "error: argument 'null:' has an unknown type prefix 'null' (expected one of u8, u16, u32, i32, u64, i64, char, str, null)")]
    public void ABadArgumentIsRejected(string argument, string message)
    {
        Assert.Equal(new CommandRun(2, "", message + "\n"), CommandRun.Of("printf", "%x", argument));
    }

    [Theory]
    [InlineData(@"ends\", "error: the format ends in a lone backslash")]
    [InlineData(@"a\qb", "error: unknown escape sequence '\\q' at offset 1 of the format")]
    [InlineData(@"a\xg", "error: escape sequence '\\x' at offset 1 of the format has no digits")]
    [InlineData(@"\x100", "error: escape sequence '\\x100' at offset 0 of the format is out of range for a char (above 0xff)")]
    [InlineData(@"\400", "error: escape sequence '\\400' at offset 0 of the format is out of range for a char (above 0xff)")]
    public void AMalformedEscapeIsRejected(string format, string message)
    {
        Assert.Equal(new CommandRun(2, "", message + "\n"), CommandRun.Of("printf", format));
    }

    [Fact]
    public void AMissingFormatIsRejected()
    {
        var run = CommandRun.Of("printf");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: printf needs a FORMAT", run.Error, StringComparison.Ordinal);
    }
}
