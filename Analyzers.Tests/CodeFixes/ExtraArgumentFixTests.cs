using System.Threading;
using System.Threading.Tasks;
using Xunit;
using VerifyFix = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer, FirmwareGuard.CodeFixes.ExtraArgumentFix>;

namespace FirmwareGuard.Tests.CodeFixes;

public class ExtraArgumentFixTests
{
    [Fact]
    public async Task RemovesArgumentsWithoutSideEffects()
    {
        await new VerifyFix.Test
        {
            TestCode = """
                using Demo;
                class C
                {
                    uint field;
                    void M(uint a, uint b) => Log.Printf("%x\n", a, {|FG0004:b|}, {|FG0004:field + 1|});
                }
                """,
            FixedCode = """
                using Demo;
                class C
                {
                    uint field;
                    void M(uint a, uint b) => Log.Printf("%x\n", a);
                }
                """,
            NumberOfIncrementalIterations = 1,
            CodeActionVerifier = (action, verifier) => verifier.Equal("Remove the 2 arguments no directive reads", action.Title),
        }.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task KeepsTheSideEffectsOfARemovedArgumentInOrder()
    {
        await new VerifyFix.Test
        {
            TestCode = """
                using Demo;
                class C
                {
                    uint A() => 1;
                    uint B() => 2;
                    void M(uint c)
                    {
                        Log.Printf("%x %x\n", A(), c, {|FG0004:B()|});
                    }
                }
                """,
            FixedCode = """
                using Demo;
                class C
                {
                    uint A() => 1;
                    uint B() => 2;
                    void M(uint c)
                    {
                        var a = A();
                        _ = B();
                        Log.Printf("%x %x\n", a, c);
                    }
                }
                """,
            CodeActionVerifier = (action, verifier) => verifier.Equal("Remove `B()`, which no directive reads, keeping its side effects", action.Title),
        }.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task NoFixWhereTheSideEffectsCannotBeKept()
    {
        const string Source = """
            using Demo;
            class C
            {
                uint B() => 2;
                string M(bool flag, uint a) => flag ? Log.Sprintf("%x", a, {|FG0004:B()|}) : "";
            }
            """;
        await VerifyFix.CodeFix(Source, Source);
    }

    [Fact]
    public async Task FixAllRemovesTheExtrasOfEveryCall()
    {
        await new VerifyFix.Test
        {
            TestCode = """
                using Demo;
                class C
                {
                    uint Next() => 2;
                    void M(uint a)
                    {
                        Log.Printf("one\n", {|FG0004:a|});
                        Log.Printf("%x\n", a, {|FG0004:Next()|}, {|FG0004:a|});
                    }
                }
                """,
            FixedCode = """
                using Demo;
                class C
                {
                    uint Next() => 2;
                    void M(uint a)
                    {
                        Log.Printf("one\n");
                        _ = Next();
                        Log.Printf("%x\n", a);
                    }
                }
                """,
            NumberOfIncrementalIterations = 2,
        }.RunAsync(CancellationToken.None);
    }
}
