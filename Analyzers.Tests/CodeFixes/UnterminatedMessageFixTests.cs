using System.Threading;
using System.Threading.Tasks;
using FirmwareGuard.CodeFixes;
using Xunit;
using VerifyFix = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer, FirmwareGuard.CodeFixes.UnterminatedMessageFix>;

namespace FirmwareGuard.Tests.CodeFixes;

public class UnterminatedMessageFixTests
{
    [Fact]
    public async Task EndsPatch3sWarningOnItsOwnLine()
    {
        await new VerifyFix.Test
        {
            TestCode = """
                using Demo;
                class Setup
                {
                    void M(uint highMemPgend, ulong highMemBase)
                    {
                        if (highMemPgend != 0)
                        {
                            Log.Printf({|FG0104:"WARNING: hvm_info->high_mem_pgend %x does not point into high memory!"|}, highMemPgend);
                        }

                        Log.Printf("%sRAM in high memory; setting high_mem resource base to %x%08x\n",
                            highMemPgend != 0 ? "" : "No ", (uint)(highMemBase >> 32), (uint)highMemBase);
                    }
                }
                """,
            FixedCode = """
                using Demo;
                class Setup
                {
                    void M(uint highMemPgend, ulong highMemBase)
                    {
                        if (highMemPgend != 0)
                        {
                            Log.Printf("WARNING: hvm_info->high_mem_pgend %x does not point into high memory!\n", highMemPgend);
                        }

                        Log.Printf("%sRAM in high memory; setting high_mem resource base to %x%08x\n",
                            highMemPgend != 0 ? "" : "No ", (uint)(highMemBase >> 32), (uint)highMemBase);
                    }
                }
                """,
            CodeActionEquivalenceKey = UnterminatedMessageFix.AppendNewlineKey,
            CodeActionVerifier = (action, verifier) => verifier.Equal("Append `\\n` to end the line", action.Title),
        }.RunAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("\"progress\"", "\"progress\\n\"")]
    [InlineData("\"one\\ntwo\"", "\"one\\ntwo\\n\"")]
    [InlineData("\"tab\\t\"", "\"tab\\t\\n\"")]
    [InlineData("\"\\x41\"", "\"\\x41\\n\"")]
    [InlineData("\"\\u0041\"", "\"\\u0041\\n\"")]
    [InlineData("\"50%%\"", "\"50%%\\n\"")]
    [InlineData("\"a\" + \"b\"", "\"a\" + \"b\\n\"")]
    [InlineData("\"a\" + \"\"", "\"a\\n\" + \"\"")]
    [InlineData("Prefix + \"done\"", "Prefix + \"done\\n\"")]
    [InlineData("$\"{Prefix}done\"", "$\"{Prefix}done\\n\"")]
    [InlineData("$\"{{done}}\"", "$\"{{done}}\\n\"")]
    public async Task AppendsTheEscapeInsideARegularOrInterpolatedString(string format, string fixedFormat)
    {
        await VerifyFix.CodeFix(
            "using Demo;\nclass C\n{\n    const string Prefix = \"hvmloader: \";\n    void M() => Log.Printf({|FG0104:" + format + "|});\n}\n",
            "using Demo;\nclass C\n{\n    const string Prefix = \"hvmloader: \";\n    void M() => Log.Printf(" + fixedFormat + ");\n}\n");
    }

    [Fact]
    public async Task EndsAnEdk2MessageLeftOpenByACarriageReturn()
    {
        const string Shim = """

            static class Uefi
            {
                [PrintfShim("edk2-ia32")] public static void Debug(string format, params object?[] args) { }
            }
            """;
        await VerifyFix.CodeFix(
            """
            using Demo;
            class C
            {
                void M(int percent) => Uefi.Debug({|FG0104:"Flash update %d%%\r"|}, percent);
            }
            """ + Shim,
            """
            using Demo;
            class C
            {
                void M(int percent) => Uefi.Debug("Flash update %d%%\r\n", percent);
            }
            """ + Shim);
    }

    [Fact]
    public async Task ConcatenatesANewlineAfterVerbatimAndRawStrings()
    {
        // "\n" is no escape in these literals, and a line break written into them would carry the
        // file's line ending (and, in a raw string, its indentation rules) into the message.
        await VerifyFix.CodeFix(""""
            using Demo;
            class C
            {
                void Verbatim(uint port) => Log.Printf({|FG0104:@"C:\firmware\hvmloader %x"|}, port);

                void Raw(uint port) => Log.Printf({|FG0104:"""raw "quoted" %x"""|}, port);

                void MultiLineRaw(uint port) => Log.Printf({|FG0104:"""
                    multi-line
                    raw %x
                    """|}, port);

                void InterpolatedVerbatim(uint port) => Log.Printf({|FG0104:$@"{nameof(C)}\%x"|}, port);

                void ConcatenatedVerbatim() => Log.Printf({|FG0104:"plain " + @"verbatim"|});
            }
            """", """"
            using Demo;
            class C
            {
                void Verbatim(uint port) => Log.Printf(@"C:\firmware\hvmloader %x" + "\n", port);

                void Raw(uint port) => Log.Printf("""raw "quoted" %x""" + "\n", port);

                void MultiLineRaw(uint port) => Log.Printf("""
                    multi-line
                    raw %x
                    """ + "\n", port);

                void InterpolatedVerbatim(uint port) => Log.Printf($@"{nameof(C)}\%x" + "\n", port);

                void ConcatenatedVerbatim() => Log.Printf("plain " + @"verbatim" + "\n");
            }
            """");
    }

    [Fact]
    public async Task FixesEveryShimShape()
    {
        await VerifyFix.CodeFix("""
            using Demo;
            class C
            {
                void Span(uint v) => Log.PrintfSpan({|FG0104:"span %x"|}, v);

                void ArgList(uint v) => Log.PrintfVar({|FG0104:"arglist %x"|}, __arglist(v));

                void Seabios(uint v) => Log.Dprintf({|FG0104:"seabios %x"|}, v);

                void Named(uint v) => Log.Printf(args: new object[] { v }, format: {|FG0104:"named %x"|});
            }
            """, """
            using Demo;
            class C
            {
                void Span(uint v) => Log.PrintfSpan("span %x\n", v);

                void ArgList(uint v) => Log.PrintfVar("arglist %x\n", __arglist(v));

                void Seabios(uint v) => Log.Dprintf("seabios %x\n", v);

                void Named(uint v) => Log.Printf(args: new object[] { v }, format: "named %x\n");
            }
            """);
    }

    [Fact]
    public async Task NoFixWhereTheFormatEndsInAConstantFromElsewhere()
    {
        const string Source = """
            using Demo;
            class C
            {
                const string Done = "done";
                void Constant() => Log.Printf({|FG0104:Done|});

                void Concatenated() => Log.Printf({|FG0104:"all " + Done|});

                void Interpolated() => Log.Printf({|FG0104:$"all {Done}"|});
            }
            """;
        await VerifyFix.CodeFix(Source, Source);
    }

    [Fact]
    public async Task NoFixWhereTheNewlineWouldCompleteADirective()
    {
        // "100%\n" would read "%\n" as a conversion.
        const string Source = """
            using Demo;
            class C
            {
                void Percent() => Log.Printf({|FG0104:"100{|FG0006:%|}"|});

                void Width(uint v) => Log.Printf({|FG0104:"at {|FG0006:%08|}"|}, {|FG0004:v|});
            }
            """;
        await VerifyFix.CodeFix(Source, Source);
    }

    [Fact]
    public async Task FixAllAcrossTwoDocumentsAndTwoProjects()
    {
        const string First = """
            using Demo;
            class A
            {
                void M(bool done)
                {
                    Log.Printf({|FG0104:"progress"|});
                    if (done)
                    {
                        Log.Printf(" done\n");
                    }

                    Log.Printf({|FG0104:@"end"|});
                }
            }
            """;
        const string FirstFixed = """
            using Demo;
            class A
            {
                void M(bool done)
                {
                    Log.Printf("progress\n");
                    if (done)
                    {
                        Log.Printf(" done\n");
                    }

                    Log.Printf(@"end" + "\n");
                }
            }
            """;
        const string Second = """
            using Demo;
            class B
            {
                void M(uint v) => Log.Printf({|FG0104:"value %x"|}, v);
            }
            """;
        const string SecondFixed = """
            using Demo;
            class B
            {
                void M(uint v) => Log.Printf("value %x\n", v);
            }
            """;
        const string Third = """
            using Demo;
            class D
            {
                void M() => Log.Dprintf({|FG0104:"seabios"|});
            }
            """;
        const string ThirdFixed = """
            using Demo;
            class D
            {
                void M() => Log.Dprintf("seabios\n");
            }
            """;
        await VerifyFix.FixAllAcrossTwoDocumentsAndTwoProjects(
            UnterminatedMessageFix.AppendNewlineKey,
            (First, FirstFixed),
            (Second, SecondFixed),
            (Third, ThirdFixed),
            incrementalIterations: 4);
    }
}
