using System.Threading.Tasks;
using Xunit;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer>;

namespace FirmwareGuard.Tests.Rules;

public class UnloggedRelocationTests
{
    [Fact]
    public async Task XensRelocationLoopLogsEveryChunk()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            uint low = 0x100000, high = 0x100000, start = 0xe0000;

            void Relocate()
            {
                while (start < low)
                {
                    uint pages = System.Math.Min(low - start, 0xffffu);
                    low -= pages;
                    Log.Printf("Relocating 0x%x pages from %x%08x to %x%08x for lowmem MMIO hole\n",
                        pages, (uint)(((ulong)low << 12) >> 32), (uint)((ulong)low << 12),
                        (uint)(((ulong)high << 12) >> 32), (uint)((ulong)high << 12));
                    Physmap.Move(low, high, pages);
                    high += pages;
                }
            }
            """));
    }

    [Fact]
    public async Task AMustLogCallInAShimsOwnBodyIsNotChecked()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            [PrintfShim]
            static void Print(string format, params object?[] args)
            {
                Physmap.Move(0x100000, 0x200000, 16);
            }

            void Relocate(uint low, uint high, uint pages)
            {
                {|FG0103:Physmap.Move(low, high, pages)|};
            }
            """));
    }

    [Fact]
    public async Task TheBeforeVersionRelocatesSilently()
    {
        await VerifyFG.Analyzer(RelocationPlatform.Source + """
            namespace Demo.Hv
            {
                class Setup
                {
                    void Relocate(uint low, uint high, uint pages)
                    {
                        {|#0:Physmap.Move(low, high, pages)|};
                    }
                }
            }
            """,
            VerifyFG.Diagnostic("FG0103").WithLocation(0).WithArguments("`Move`", "`Relocate`", "no message before it prints `low`, `high`, `pages`"));
    }

    [Fact]
    public async Task ConstantArgumentsStillNeedAMessage()
    {
        await VerifyFG.Analyzer(RelocationPlatform.Source + """
            namespace Demo.Hv
            {
                class Setup
                {
                    void Relocate()
                    {
                        {|#0:Physmap.Move(0x100u, 0x200u, 16u)|};
                    }
                }
            }
            """,
            VerifyFG.Diagnostic("FG0103").WithLocation(0).WithArguments("`Move`", "`Relocate`", "no message precedes it"));
    }

    [Fact]
    public async Task AGenericMemberIsCheckedAtEachConstructedCall()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            static class Pager
            {
                [MustLog]
                public static void Move<T>(T tag, [LogRole("address")] uint from, [LogRole("size")] uint pages) { }
            }

            void Logged(uint from, uint pages)
            {
                Log.Printf("moving %x pages from %x\n", pages, from);
                Pager.Move<int>(1, from, pages);
            }

            void Silent(uint from, uint pages)
            {
                {|#0:Pager.Move("tag", from, pages)|};
            }
            """),
            VerifyFG.Diagnostic("FG0103").WithLocation(0).WithArguments("`Move`", "`Silent`", "no message before it prints `from`, `pages`"));
    }

    [Fact]
    public async Task AnExtensionMemberRequiresItsMarkedArguments()
    {
        await VerifyFG.Analyzer(RelocationPlatform.Source + """
            namespace Demo.Hv
            {
                using Demo;

                sealed class Region { }

                static class RegionMoves
                {
                    [MustLog]
                    public static void MoveTo(this Region region, [LogRole("address")] uint to, [LogRole("size")] uint pages) { }
                }

                class Setup
                {
                    void Logged(Region region, uint to, uint pages)
                    {
                        Log.Printf("moving %x pages to %x\n", pages, to);
                        region.MoveTo(to, pages);
                    }

                    void Silent(Region region, uint to, uint pages)
                    {
                        {|#0:region.MoveTo(to, pages)|};
                    }
                }
            }
            """,
            VerifyFG.Diagnostic("FG0103").WithLocation(0).WithArguments("`MoveTo`", "`Silent`", "no message before it prints `to`, `pages`"));
    }

    [Fact]
    public async Task LoggedOnOneBranchOnlyIsFlagged()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            void Relocate(bool verbose, uint low, uint high, uint pages)
            {
                if (verbose)
                {
                    Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
                }

                {|FG0103:Physmap.Move(low, high, pages)|};
            }
            """));
    }

    [Fact]
    public async Task LoggedOnBothBranchesIsNotFlagged()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            void Relocate(bool verbose, uint low, uint high, uint pages)
            {
                if (verbose)
                    Log.Printf("moving %x pages from %x to %x (verbose)\n", pages, low, high);
                else
                    Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
                Physmap.Move(low, high, pages);
            }
            """));
    }

    [Fact]
    public async Task AValueChangedAfterItsLogLineIsFlagged()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            void Relocate(uint low, uint high, uint pages)
            {
                Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
                low -= pages;
                {|FG0103:Physmap.Move(low, high, pages)|};
            }
            """));
    }

    [Fact]
    public async Task ALogLineMissingOneValueIsFlagged()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            void Relocate(uint low, uint high, uint pages)
            {
                Log.Printf("moving %x pages to %x\n", pages, high);
                {|FG0103:Physmap.Move(low, high, pages)|};
            }
            """));
    }

    [Fact]
    public async Task ADecisionWithoutArgumentsNeedsSomeMessageFirst()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            void Quiet() => {|FG0103:Physmap.RelocateBarsHigh()|};

            void Told()
            {
                Log.Printf("Low MMIO hole not large enough for all devices, relocating some BARs to 64-bit\n");
                Physmap.RelocateBarsHigh();
            }
            """));
    }

    [Fact]
    public async Task PrintingALocalComputedFromTheValuePrintsTheValue()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            void Relocate(uint low, uint high, uint pages)
            {
                var from = (ulong)low << 12;
                var to = (ulong)high << 12;
                Log.Printf("moving %x pages from %x%08x to %x%08x\n", pages, (uint)(from >> 32), (uint)from, (uint)(to >> 32), (uint)to);
                Physmap.Move(low, high, pages);
            }
            """));
    }

    [Fact]
    public async Task AMessageBeforeTheObjectWasMadeDoesNotCount()
    {
        await VerifyFG.Analyzer(RelocationPlatform.Source + """
            namespace Demo.Hv
            {
                using Demo;
                class Relocation
                {
                    [MustLog] public void Enable() { }
                }

                class Setup
                {
                    void Decide(bool tooSmall)
                    {
                        Log.Printf("scanning\n");
                        var relocation = new Relocation();
                        if (tooSmall)
                        {
                            {|FG0103:relocation.Enable()|};
                        }

                        var told = new Relocation();
                        Log.Printf("Low MMIO hole not large enough for all devices, relocating some BARs to 64-bit\n");
                        told.Enable();
                    }
                }
            }
            """);
    }

    [Fact]
    public async Task AMessageEarlierInTheBlockCountsWhateverUnrelatedComesBetween()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            uint moved;

            void Relocate(uint low, uint high, uint pages, bool verbose)
            {
                Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
                var chunk = pages / 2;
                if (verbose)
                {
                    moved += chunk;
                }

                for (var i = 0; i < 3; i++)
                {
                    moved++;
                }

                Physmap.Move(low, high, pages);
            }
            """));
    }

    [Fact]
    public async Task AJumpPastTheMessageIsFlagged()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            void Relocate(uint low, uint high, uint pages, bool quiet)
            {
                if (quiet)
                {
                    goto Move;
                }

                Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
            Move:
                {|FG0103:Physmap.Move(low, high, pages)|};
            }
            """));
    }

    [Fact]
    public async Task AJumpIntoTheStatementsBetweenIsFlagged()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            void Relocate(uint low, uint high, uint pages, bool quiet)
            {
                if (quiet)
                {
                    goto Move;
                }

                Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
            Move:
                System.Console.WriteLine();
                {|FG0103:Physmap.Move(low, high, pages)|};
            }
            """));
    }

    [Fact]
    public async Task AValueChangedInTheCallsOwnStatementIsFlagged()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            void Relocate(uint low, uint high, uint pages)
            {
                Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
                if ((low -= pages) != 0)
                    {|FG0103:Physmap.Move(low, high, pages)|};
            }
            """));
    }

    [Fact]
    public async Task AValueChangedInALoopAroundTheCallIsFlagged()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            void Relocate(uint low, uint high, uint pages)
            {
                Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
                while (pages-- > 0)
                    {|FG0103:Physmap.Move(low, high, pages)|};
            }
            """));
    }

    [Fact]
    public async Task EachSwitchSectionNeedsItsOwnMessage()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            void Relocate(int how, uint low, uint high, uint pages)
            {
                switch (how)
                {
                    case 0:
                        Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
                        Physmap.Move(low, high, pages);
                        break;
                    case 1:
                        {|FG0103:Physmap.Move(low, high, pages)|};
                        break;
                }
            }
            """));
    }

    [Fact]
    public async Task AMessageThatDoesNotPrintTheChangedValueDoesNotHelp()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            void Relocate(uint low, uint high, uint pages)
            {
                Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
                high = low;
                Log.Printf("done\n");
                {|FG0103:Physmap.Move(low, high, pages)|};
            }
            """));
    }

    [Fact]
    public async Task ATryStatementAfterTheMessageKeepsTheCallLogged()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            uint failures;

            void Relocate(uint low, uint high, uint pages)
            {
                Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
                try
                {
                    Probe();
                }
                catch (System.InvalidOperationException)
                {
                    failures++;
                }
                finally
                {
                    failures += 0;
                }

                Physmap.Move(low, high, pages);
            }

            void Probe() { }
            """));
    }

    [Fact]
    public async Task ACatchIsEnteredFromAnyPointOfItsTryBlock()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            void Logged(uint low, uint high, uint pages)
            {
                Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
                try
                {
                    Probe();
                }
                catch
                {
                    Physmap.Move(low, high, pages);
                }
            }

            void ChangedInTheTry(uint low, uint high, uint pages)
            {
                Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
                try
                {
                    low -= pages;
                    Probe();
                    Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
                }
                catch
                {
                    {|FG0103:Physmap.Move(low, high, pages)|};
                }
            }

            void Probe() { }
            """));
    }

    [Fact]
    public async Task CodeNoPathReachesDoesNotUnlogTheCodeAfterIt()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            void Relocate(int how, uint low, uint high, uint pages)
            {
                Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
                switch (how)
                {
                    case 0:
                        return;
                        low++;
                        break;
                }

                Physmap.Move(low, high, pages);
            }
            """));
    }

    [Fact]
    public async Task ADeconstructionAfterTheLogLineUndoesIt()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            void Relocate(uint low, uint high, uint pages, uint nextLow, uint nextHigh)
            {
                Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
                (low, high) = (nextLow, nextHigh);
                {|FG0103:Physmap.Move(low, high, pages)|};
            }
            """));
    }

    [Fact]
    public async Task ADeconstructionBeforeTheLogLineIsLogged()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            void Relocate(uint low, uint high, uint pages, uint nextLow, uint nextHigh)
            {
                (low, high) = (nextLow, nextHigh);
                Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
                Physmap.Move(low, high, pages);
            }
            """));
    }

    [Fact]
    public async Task AWriteThroughARefLocalUndoesTheLogLine()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            uint low;
            void Relocate(uint high, uint pages)
            {
                ref uint cursor = ref low;
                Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
                cursor -= pages;
                {|FG0103:Physmap.Move(low, high, pages)|};
            }
            """));
    }

    [Fact]
    public async Task BindingARefLocalWritesNothing()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            uint low;
            void Relocate(uint high, uint pages)
            {
                Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
                ref uint cursor = ref low;
                Physmap.Move(low, high, pages);
                cursor -= pages;
            }
            """));
    }

    [Fact]
    public async Task AnArgumentNoDirectiveReadsIsNotPrinted()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            void Relocate(uint low, uint high, uint pages)
            {
                Log.Printf("moving %x pages to %x\n", pages, high, {|FG0004:low|});
                {|FG0103:Physmap.Move(low, high, pages)|};
            }
            """));
    }

    [Fact]
    public async Task ALocalFunctionIsCheckedWithItsOwnFlow()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            void M(uint low, uint high, uint pages)
            {
                Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
                Relocate();
                Logged();

                void Relocate()
                {
                    {|#0:Physmap.Move(low, high, pages)|};
                }

                void Logged()
                {
                    Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
                    Physmap.Move(low, high, pages);
                }
            }
            """),
            VerifyFG.Diagnostic("FG0103").WithLocation(0).WithArguments("`Move`", "`Relocate`", "no message before it prints `low`, `high`, `pages`"));
    }

    [Fact]
    public async Task ALambdaIsCheckedWithItsOwnFlow()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            void M(uint low, uint high, uint pages)
            {
                System.Action relocate = () => {|FG0103:Physmap.Move(low, high, pages)|};
                Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
                relocate();
            }
            """));
    }

    [Fact]
    public async Task AWriteInFinallyUndoesTheLogLineForTheCodeAfterTheTry()
    {
        await VerifyFG.Analyzer(RelocationPlatform.WithSetup("""
            void Relocate(uint low, uint high, uint pages)
            {
                Log.Printf("moving %x pages from %x to %x\n", pages, low, high);
                try
                {
                    Log.Printf("step\n");
                }
                finally
                {
                    low -= pages;
                }

                {|FG0103:Physmap.Move(low, high, pages)|};
            }
            """));
    }
}
