using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FirmwareGuard.Configuration;
using FirmwareGuard.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer>;

namespace FirmwareGuard.Tests.Configuration;

/// <summary>A printer described in an AdditionalFiles item named <c>*.printf-dialects.ini</c> is checked like a built-in one.</summary>
public class UserDialectFileTests
{
    public const string Uart = """
        # A UART console whose printf has a 64-bit %llx.
        [uart]
        description = the board's UART printf: d x s, 'll' reads 64 bits
        flags = 0
        lengths = l ll
        unknown = print-character
        d   = signed 1 32
        x   = hex 1 32 width zero
        lx  = hex 1 32 width zero
        llx = hex 2 64 width zero
        s   = string 1 32
        """;

    private const string UartShim = """
        static class Board
        {
            [Demo.PrintfShim("uart")] public static void Uart(string format, params object?[] args) { }
        }
        """;

    [Fact]
    public async Task AShimNamingAUserDialectIsCheckedAgainstIt()
    {
        var test = Configured.Test<CallAnalyzer>(UartShim + """
            class C
            {
                void M(ulong size, string name)
                {
                    Board.Uart("%s: %llx\n", name, size);
                    Board.Uart("%s: {|#1:%x|}\n", name, {|#0:size|});
                }
            }
            """);
        test.TestState.AdditionalFiles.Add(("/board/uart.printf-dialects.ini", Uart));
        test.ExpectedDiagnostics.Add(VerifyFG.Diagnostic("FG0001").WithLocation(0).WithLocation(1).WithArguments("`size`", "ulong", "takes two 32-bit slots", "uart", "`%x` prints only its lower half"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AUserDialectNamesItsConsoleAndKeepsItsOwnLimit()
    {
        var test = Configured.Test<CallAnalyzer>(UartShim + """
            class C
            {
                void M(uint port, int count)
                {
                    Board.Uart({|#0:"uart %x: receive FIFO overrun\n"|}, port);
                    Board.Uart({|#1:"uart %x: %30d\n"|}, port, count);
                    Board.Uart({|#2:"uart %x: "|}, port);
                }
            }
            """);
        test.TestState.AdditionalFiles.Add(("/uart.printf-dialects.ini", """
            [uart]
            unknown = print-character
            sign-before-padding = yes
            console = the board's UART
            newline = crlf
            message-limit = 36
            d = signed 1 32 width
            x = hex 1 32 width zero
            """));

        // 27 characters of text, %x of up to 8 digits, and "\r\n": 37. Then 7 of text, 8, and a sign before 30 of padding: 48.
        test.ExpectedDiagnostics.Add(VerifyFG.Diagnostic("FG0009").WithLocation(0)
            .WithArguments("`\"uart %x: receive FIFO overrun\\n\"`", "up to", "37", "uart", "the board's UART", "36"));
        test.ExpectedDiagnostics.Add(VerifyFG.Diagnostic("FG0009").WithLocation(1)
            .WithArguments("`\"uart %x: %30d\\n\"`", "up to", "48", "uart", "the board's UART", "36"));
        test.ExpectedDiagnostics.Add(VerifyFG.Diagnostic("FG0104").WithLocation(2)
            .WithArguments("`\"uart %x: \"`", "`M`", "the board's UART"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task TheDialectOptionCanNameAUserDialect()
    {
        var test = Configured.Test<CallAnalyzer>(
            """
            class C
            {
                void M(ulong size) => Demo.Log.Printf("%llx\n", size);
            }
            """,
            "firmwareguard.dialect = uart");
        test.TestState.AdditionalFiles.Add(("/uart.printf-dialects.ini", Uart));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task DialectsOfSeveralFilesJoinTheBuiltInOnes()
    {
        var test = Configured.Test<CallAnalyzer>(UartShim + """
            static class Rom
            {
                [Demo.PrintfShim("rom")] public static void Print(string format, params object?[] args) { }
            }

            class C
            {
                void M(ulong size, uint low)
                {
                    Board.Uart("%llx\n", size);
                    Rom.Print("{|FG0002:%llx|}\n", low);
                    Demo.Log.Dprintf("%llx\n", size);
                }
            }
            """);
        test.TestState.AdditionalFiles.Add(("/uart.printf-dialects.ini", Uart));
        test.TestState.AdditionalFiles.Add(("/rom.printf-dialects.ini", """
            [rom]
            unknown = print-percent
            x = hex 1 32
            """));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task OnlyFilesNamedPrintfDialectsIniAreRead()
    {
        var test = Configured.Test<CallAnalyzer>("""
            static class Board
            {
                [Demo.PrintfShim({|FG0903:"uart"|})] public static void Uart(string format, params object?[] args) { }
            }
            """);
        test.TestState.AdditionalFiles.Add(("/uart.ini", Uart));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AGoodDialectInAFileWithProblemsIsStillLoaded()
    {
        var test = Configured.Test<CallAnalyzer>(UartShim + """
            class C
            {
                void M(ulong size) => Board.Uart("%llx\n", size);
            }
            """);
        test.TestState.AdditionalFiles.Add(("/uart.printf-dialects.ini", "[broken]\nx = hex 9 32\n\n" + Uart));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public void EachFileIsParsedOnceHoweverManyTimesItIsLoaded()
    {
        var files = ImmutableArray.Create<AdditionalText>(new InMemoryText("/uart.printf-dialects.ini", Uart));

        var first = ProjectDialects.Load(files, CancellationToken.None);
        var second = ProjectDialects.Load(files, CancellationToken.None);

        Assert.True(first.Dialects.TryGet("uart", out var once));
        Assert.True(second.Dialects.TryGet("uart", out var again));
        Assert.Same(once, again);
    }

    [Fact]
    public void AFileThatCannotBeReadIsAProblemNotAnException()
    {
        var files = ImmutableArray.Create<AdditionalText>(new InMemoryText("/gone.printf-dialects.ini", null));

        var problem = Assert.Single(ProjectDialects.Load(files, CancellationToken.None).Problems);

        Assert.Null(problem.Text);
        Assert.Equal("/gone.printf-dialects.ini", problem.Location.GetLineSpan().Path);
    }

    [Fact]
    public void AProjectWithoutDialectFilesKnowsTheBuiltInDialects()
    {
        var files = ImmutableArray.Create<AdditionalText>(new InMemoryText("/notes.txt", "[uart]"));

        var dialects = ProjectDialects.Load(files, CancellationToken.None);

        Assert.Equal(new[] { "edk2-ia32", "edk2-x64", "hvmloader", "seabios" }, dialects.Dialects.Names.OrderBy(n => n));
        Assert.Empty(dialects.Problems);
    }

    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText? text;

        public InMemoryText(string path, string? text)
        {
            Path = path;
            this.text = text is null ? null : SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText? GetText(CancellationToken cancellationToken = default) => text;
    }
}
