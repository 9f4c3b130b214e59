using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using AnalyzerTest = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>.Test;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer>;

namespace FirmwareGuard.Tests.Rules;

/// <summary>FG0007: a format that is not a compile-time constant.</summary>
public class NonConstantFormatTests
{
    [Fact]
    public async Task DataPrintedAsTheFormat()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(string message) => Log.Printf({|#0:message|});
            }
            """,
            VerifyFG.Diagnostic("FG0007").WithLocation(0).WithArguments("`message`"));
    }

    [Theory]
    [InlineData("""{|#0:prefix + "%x\n"|}, x""", "`prefix + \"%x\\n\"`")]
    [InlineData("""{|#0:$"{x}: %x\n"|}, x""", "`$\"{x}: %x\\n\"`")]
    [InlineData("""{|#0:x.ToString()|}""", "`x.ToString()`")]
    [InlineData("""args: new object[] { x }, format: {|#0:prefix|}""", "`prefix`")]
    public async Task FormatsBuiltAtRunTime(string arguments, string shown)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M(string prefix, uint x) => Log.Printf({{arguments}});
            }
            """,
            VerifyFG.Diagnostic("FG0007").WithLocation(0).WithArguments(shown));
    }

    [Fact]
    public async Task ALongFormatIsShortenedInTheMessage()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(string device, string register) => Log.Printf({|#0:"device " + device + " register " + register|});
            }
            """,
            VerifyFG.Diagnostic("FG0007").WithLocation(0).WithArguments("`\"device \" + device + \" register \" + reg…`"));
    }

    [Fact]
    public async Task ConstantFormatsAreNotFlagged()
    {
        await VerifyFG.Analyzer(""""
            using Demo;
            static class Formats
            {
                public const string Done = "done\n";
            }

            class C
            {
                const string Prefix = "pci: ";

                void M()
                {
                    const string local = "ok\n";
                    Log.Printf("literal\n");
                    Log.Printf(Formats.Done);
                    Log.Printf(local);
                    Log.Printf(Prefix + "done\n");
                    Log.Printf($"{Prefix}done\n");
                    Log.Printf($"""
                        {Prefix}done

                        """);
                }
            }
            """");
    }

    [Fact]
    public async Task TheShimsOwnBodyForwardsItsFormatUnflagged()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class Console
            {
                [PrintfShim]
                public static void Print(string format, params object?[] args) => Log.Printf(format, args);

                [PrintfShim]
                public static void PrintSpan(string format, params System.ReadOnlySpan<object?> args) => Log.PrintfSpan(format, args);
            }
            """);
    }

    [Fact]
    public async Task AHalfTypedCallWithoutAFormatIsLeftToTheCompiler()
    {
        var test = new AnalyzerTest
        {
            TestCode = """
                using Demo;
                class C
                {
                    void M(string message)
                    {
                        Log.Printf(
                    }
                }
                """,
            CompilerDiagnostics = CompilerDiagnostics.None,
        };
        await test.RunAsync(CancellationToken.None);
    }
}
