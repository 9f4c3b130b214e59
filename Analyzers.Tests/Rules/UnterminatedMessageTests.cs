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
                .WithArguments("`\"WARNING: hvm_info->high_mem_pgend %x d…`", "`M`"));
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
}
