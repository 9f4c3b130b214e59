using System.Threading;
using System.Threading.Tasks;
using FirmwareGuard.Rules;
using FirmwareGuard.Tests.Configuration;
using Xunit;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.InvalidDialectFileAnalyzer>;

namespace FirmwareGuard.Tests.Rules;

/// <summary>FG0902: one diagnostic per bad dialect file, at its first bad line, listing every problem.</summary>
public class InvalidDialectFileTests
{
    private const string Source = "class C { }";

    [Fact]
    public async Task EveryProblemIsListedInOneDiagnosticAtTheFirstBadLine()
    {
        var test = Configured.Test<InvalidDialectFileAnalyzer>(Source);
        test.TestState.AdditionalFiles.Add(("/board/uart.printf-dialects.ini", """
            [uart]
            unknown = print-character
            {|#0:x = hex 3 32|}
            lz = hex 1 32
            d = signed 1 32
            """));
        test.ExpectedDiagnostics.Add(VerifyFG.Diagnostic("FG0902").WithLocation(0).WithArguments(
            "uart.printf-dialects.ini",
            "line 3: 'x = hex 3 32': write KIND SLOTS BITS [options], KIND one of signed unsigned octal hex HEX char string narrow-string pointer guid time status nothing, SLOTS 0-2, BITS up to 32 per slot; "
            + "line 4: 'lz' is not a setting (description, flags, lengths, unknown, sign-before-padding, slot-bytes, grammar, precision, star, hex-case, pointer-arguments, console, newline, message-limit, precision-pads-strings) or a conversion: write an optional declared length modifier and one conversion character, e.g. 'x' or 'lx', or '.' and a letter, e.g. '.s', or a letter and an upper-case letter the printer reads with it, e.g. 'pP'"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task EachBadFileHasItsOwnDiagnosticAndAGoodOneNone()
    {
        var test = Configured.Test<InvalidDialectFileAnalyzer>(Source);
        test.TestState.AdditionalFiles.Add(("/a.printf-dialects.ini", "{|FG0902:[a b]|}\n"));
        test.TestState.AdditionalFiles.Add(("/b.printf-dialects.ini", UserDialectFileTests.Uart));
        test.TestState.AdditionalFiles.Add(("/c.printf-dialects.ini", "[c]\n{|FG0902:unknown = print-nothing|}\nx = hex 1 32\n"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ADialectCannotTakeABuiltInName()
    {
        var test = Configured.Test<InvalidDialectFileAnalyzer>(Source);
        test.TestState.AdditionalFiles.Add(("/hvm.printf-dialects.ini", "# ours\n{|#0:[hvmloader]|}\nunknown = print-character\nx = hex 1 32\n"));
        test.ExpectedDiagnostics.Add(VerifyFG.Diagnostic("FG0902").WithLocation(0).WithArguments(
            "hvm.printf-dialects.ini", "line 2: dialect 'hvmloader' is already defined (built in): give this one another name"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ADialectDefinedInTwoFilesIsAProblemOfTheLaterOne()
    {
        var test = Configured.Test<InvalidDialectFileAnalyzer>(Source);
        test.TestState.AdditionalFiles.Add(("/1-board.printf-dialects.ini", UserDialectFileTests.Uart));
        test.TestState.AdditionalFiles.Add(("/2-copy.printf-dialects.ini", "\n" + UserDialectFileTests.Uart.Replace("[uart]", "{|#0:[UART]|}")));
        test.ExpectedDiagnostics.Add(VerifyFG.Diagnostic("FG0902").WithLocation(0).WithArguments(
            "2-copy.printf-dialects.ini", "line 3: dialect 'UART' is already defined (in 1-board.printf-dialects.ini): give this one another name"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task OtherAdditionalFilesAreNotDialectFiles()
    {
        var test = Configured.Test<InvalidDialectFileAnalyzer>(Source);
        test.TestState.AdditionalFiles.Add(("/settings.ini", "[a b]\nnot a setting\n"));
        await test.RunAsync(CancellationToken.None);
    }
}
