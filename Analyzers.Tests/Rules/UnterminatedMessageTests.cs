using System.Threading.Tasks;
using Xunit;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer>;

namespace FirmwareGuard.Tests.Rules;

public class UnterminatedMessageTests
{
    [Fact]
    public async Task Patch3sWarningIsJoinedToAMessageOfItsOwn()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class Setup
            {
                void M(uint highMemPgend, ulong highMemBase)
                {
                    if (highMemBase < 1UL << 32)
                    {
                        if (highMemPgend != 0)
                        {
                            Log.Printf({|#0:"WARNING: hvm_info->high_mem_pgend %x does not point into high memory!"|}, highMemPgend);
                        }

                        highMemBase = 1UL << 32;
                    }

                    Log.Printf("%sRAM in high memory; setting high_mem resource base to %x%08x\n",
                        highMemPgend != 0 ? "" : "No ", (uint)(highMemBase >> 32), (uint)highMemBase);
                }
            }
            """,
            VerifyFG.Diagnostic("FG0104").WithLocation(0)
                .WithArguments("`\"WARNING: hvm_info->high_mem_pgend %x d…`", "`M`", "the Xen console"));
    }

    private const string Edk2Shim = """
        static class Uefi
        {
            [PrintfShim("edk2-x64")] public static void Debug(string format, params object?[] args) { }
        }
        """;

    [Theory]
    [InlineData("\\n")]
    [InlineData("\\n\\r")]
    [InlineData("\\r\\n")]
    public async Task OnEdk2EveryLineEndEndsTheLine(string lineEnd)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M(uint status) => Uefi.Debug("Loading driver: status %x{{lineEnd}}", status);
            }

            {{Edk2Shim}}
            """);
    }

    [Fact]
    public async Task OnHvmloaderACarriageReturnAfterTheNewlineLeavesTheLineOpen()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(uint status) => Log.Printf({|FG0104:"Loading driver: status %x\n\r"|}, status);
            }
            """);
    }

    [Fact]
    public async Task OnEdk2ALoneCarriageReturnDoesNotEndTheLine()
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M(int percent) => Uefi.Debug({|#0:"Flash update %d%%\r"|}, percent);
            }

            {{Edk2Shim}}
            """,
            VerifyFG.Diagnostic("FG0104").WithLocation(0)
                .WithArguments("`\"Flash update %d%%\\r\"`", "`M`", "DEBUG()'s serial output"));
    }

    [Theory]
    [InlineData("\\n")]
    [InlineData("\\n\\r")]
    [InlineData("\\r\\n")]
    public async Task OnEdk2ALineEndAfterALoopContinuesTheLine(string lineEnd)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M(uint[] words)
                {
                    for (var i = 0; i < words.Length; i++)
                    {
                        Uefi.Debug(" %08x", words[i]);
                    }

                    Uefi.Debug("{{lineEnd}}");
                }
            }

            {{Edk2Shim}}
            """);
    }

    [Fact]
    public async Task OnEdk2AStarWidthIsReadWithItsDirective()
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M(nuint width, int percent) => Uefi.Debug({|FG0104:"%*d%%"|}, width, percent);
            }

            {{Edk2Shim}}
            """);
    }

    [Fact]
    public async Task OnSeabiosTheMessageNamesItsConsole()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(uint drive) => Log.Dprintf({|#0:"Booting from drive %x..."|}, drive);
            }
            """,
            VerifyFG.Diagnostic("FG0104").WithLocation(0)
                .WithArguments("`\"Booting from drive %x...\"`", "`M`", "the debug port or serial console"));
    }

    [Fact]
    public async Task ALineCompletedLaterIsNotFlagged()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(uint[] values)
                {
                    Log.Printf("values:");
                    foreach (var value in values)
                    {
                        Log.Printf(" %x", value);
                    }

                    Log.Printf("\n");
                }
            }
            """);
    }

    [Fact]
    public async Task EachOpenLineOfAMethodIsJudgedOnItsOwn()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(bool verbose, uint value)
                {
                    Log.Printf("first:");
                    Log.Printf(" %x\n", value);
                    if (verbose)
                    {
                        Log.Printf({|FG0104:"second:"|});
                        return;
                    }

                    Log.Printf({|FG0104:"third"|});
                }
            }
            """);
    }

    [Fact]
    public async Task ALineCompletedOnOneBranchOnlyIsFlagged()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(bool done)
                {
                    Log.Printf({|FG0104:"progress"|});
                    if (done)
                    {
                        Log.Printf(" done\n");
                    }
                }
            }
            """);
    }

    [Fact]
    public async Task ALineCompletedByALaterCallInALoopIsNotFlagged()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(int retries)
                {
                    Log.Printf("waiting");
                    while (true)
                    {
                        if (retries-- == 0)
                        {
                            Log.Printf(" gave up\n");
                            return;
                        }

                        Log.Printf(".");
                        if (retries == 5)
                        {
                            Log.Printf(" ok\n");
                            break;
                        }
                    }
                }
            }
            """);
    }

    [Fact]
    public async Task APathThatThrowsNeedsNoNewline()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M()
                {
                    Log.Printf("fatal: ");
                    throw new System.InvalidOperationException();
                }
            }
            """);
    }

    [Fact]
    public async Task FormattingIntoAStringPrintsNothing()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                string M(uint v) => Log.Sprintf("%x", v);
            }
            """);
    }

    [Fact]
    public async Task TextAfterTheLastNewlineIsAnOpenLine()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M() => Log.Printf({|FG0104:"one\ntwo"|});
            }
            """);
    }

    [Fact]
    public async Task ANewlinePrintedInFinallyEndsTheLine()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class Rom
            {
                void Load() { }
                void M()
                {
                    Log.Printf("Loading ROM ... ");
                    try
                    {
                        Load();
                    }
                    finally
                    {
                        Log.Printf("done\n");
                    }
                }
            }
            """);
    }

    [Fact]
    public async Task AFinallyThatDoesNotEndTheLineDoesNotHelp()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class Rom
            {
                bool Load() => true;
                void M()
                {
                    Log.Printf({|FG0104:"Loading ROM ... "|});
                    try
                    {
                        if (!Load())
                        {
                            return;
                        }
                    }
                    finally
                    {
                        Log.Printf("");
                    }

                    Log.Printf("done\n");
                }
            }
            """);
    }

    [Fact]
    public async Task PiecesPrintedByOneCallInALoopAndEndedAfterItAreOneLine()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(uint[] w)
                {
                    for (var i = 0; i < w.Length; i++)
                    {
                        Log.Printf(" %08x", w[i]);
                    }

                    Log.Printf("\n");
                }
            }
            """);
    }

    [Fact]
    public async Task PiecesPrintedInALoopAndGluedToAMessageOfItsOwnAreFlagged()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(uint[] w)
                {
                    for (var i = 0; i < w.Length; i++)
                    {
                        Log.Printf({|FG0104:" %08x"|}, w[i]);
                    }

                    Log.Printf("total %u\n", (uint)w.Length);
                }
            }
            """);
    }

    [Theory]
    [InlineData("\"%s\", \"done\\n\"")]
    [InlineData("\"%s\", ok ? \"ok\\n\" : \"no\\n\"")]
    [InlineData("\"%c\", '\\n'")]
    [InlineData("\"%s%c\", \"done\", '\\n'")]
    public async Task ANewlineFromAConstantArgumentEndsAndContinuesTheLine(string arguments)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M(bool ok)
                {
                    Log.Printf("Checking ... ");
                    Log.Printf({{arguments}});
                }
            }
            """);
    }

    [Theory]
    [InlineData("\"%s\", \"done\"")]
    [InlineData("\"%s: %u\", \"done\\n\", 3u")]
    [InlineData("\"%c\", 'x'")]
    public async Task AConstantArgumentWithoutNewlineLeavesTheLineOpen(string arguments)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M() => Log.Printf({|FG0104:{{arguments.Substring(0, arguments.IndexOf(',', System.StringComparison.Ordinal))}}|}{{arguments.Substring(arguments.IndexOf(',', System.StringComparison.Ordinal))}});
            }
            """);
    }

    [Fact]
    public async Task AStringArgumentThatIsNotConstantMayEndTheLine()
    {
        // The shape the FG0007 fix gives Log.Printf(message): as unverifiable as the call it replaces.
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(string message, bool ok)
                {
                    Log.Printf("Loading ");
                    Log.Printf("%s", message);
                    Log.Printf("%s", ok ? message : "none\n");
                }
            }
            """);
    }

    [Fact]
    public async Task AShimThatWritesIntoACallersBufferIsNotConsoleOutput()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            using System.Text;
            static class Fmt
            {
                [PrintfShim] public static int Snprintf(char[] buf, int size, string format, params object?[] args) => 0;
                [PrintfShim] public static void Append(StringBuilder sb, string format, params object?[] args) { }
                [PrintfShim] public static void Into(System.Span<byte> buf, string format, params object?[] args) { }
            }
            class C
            {
                void M(char[] name, StringBuilder path, uint domid)
                {
                    Fmt.Snprintf(name, name.Length, "/local/domain/%u", domid);
                    Fmt.Append(path, "/device/vif/%u", 0u);
                    Fmt.Into(new byte[16], "%u", domid);
                }
            }
            """);
    }

    [Fact]
    public async Task ALocalFunctionIsJudgedWithItsOwnFlow()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(bool verbose)
                {
                    Report();
                    Log.Printf("\n");

                    void Report() => Log.Printf({|#0:"open line"|});
                }
            }
            """,
            VerifyFG.Diagnostic("FG0104").WithLocation(0).WithArguments("`\"open line\"`", "`Report`", "the Xen console"));
    }

    [Fact]
    public async Task ALambdaIsJudgedWithItsOwnFlow()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(uint[] values)
                {
                    System.Action<uint> dump = v => Log.Printf({|FG0104:" %x"|}, v);
                    System.Action<uint> line = v =>
                    {
                        Log.Printf("value");
                        Log.Printf(" %x\n", v);
                    };
                    foreach (var v in values)
                    {
                        dump(v);
                        line(v);
                    }
                }
            }
            """);
    }

    [Fact]
    public async Task ALineBuiltInACatchBlockIsFollowedFromTheBlocksStart()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class Rom
            {
                void Load() { }
                void M(uint code)
                {
                    try
                    {
                        Load();
                    }
                    catch (System.InvalidOperationException)
                    {
                        Log.Printf("ROM load failed: ");
                        Log.Printf("error %x\n", code);
                        Log.Printf({|FG0104:"giving up"|});
                    }
                }
            }
            """);
    }
}
