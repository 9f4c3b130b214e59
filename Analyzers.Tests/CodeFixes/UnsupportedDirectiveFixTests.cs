using System.Threading;
using System.Threading.Tasks;
using FirmwareGuard.CodeFixes;
using Xunit;
using VerifyFix = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer, FirmwareGuard.CodeFixes.UnsupportedDirectiveFix>;

namespace FirmwareGuard.Tests.CodeFixes;

public class UnsupportedDirectiveFixTests
{
    [Theory]
    [InlineData("%#x", "uint", "0x%x")]
    [InlineData("%#X", "uint", "0X%X")]
    [InlineData("%#010x", "uint", "0x%08x")]
    [InlineData("%#2x", "uint", "0x%x")]
    [InlineData("%i", "int", "%d")]
    [InlineData("%05i", "int", "%05d")]
    [InlineData("%llx", "uint", "%x")]
    [InlineData("%lld", "int", "%d")]
    [InlineData("%llu", "uint", "%u")]
    [InlineData("%zu", "uint", "%u")]
    [InlineData("%hx", "ushort", "%x")]
    [InlineData("%hhx", "byte", "%x")]
    [InlineData("%hd", "short", "%d")]
    [InlineData("%hhu", "byte", "%u")]
    public async Task RewritesTheDirective(string directive, string type, string rewritten)
    {
        await new VerifyFix.Test
        {
            TestCode = $"using Demo;\nclass C\n{{\n    void M({type} v) => Log.Printf(\"[{{|FG0002:{directive}|}}]\\n\", v);\n}}\n",
            FixedCode = $"using Demo;\nclass C\n{{\n    void M({type} v) => Log.Printf(\"[{rewritten}]\\n\", v);\n}}\n",
            CodeActionEquivalenceKey = UnsupportedDirectiveFix.DefaultKey,
            CodeActionVerifier = (action, verifier) => verifier.Equal(
                $"Rewrite `{directive}` as `{rewritten}`" + (directive.Contains('#') ? "; 0 prints with the prefix, which C leaves off" : string.Empty),
                action.Title),
        }.RunAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("%f", "double")]
    [InlineData("%*d", "int")]
    [InlineData("%1$x", "uint")]
    [InlineData("%p", "uint")]
    [InlineData("%.3x", "uint")]
    [InlineData("%+d", "int")]
    [InlineData("% d", "int")]
    [InlineData("%-5d", "int")]
    [InlineData("%#5x", "uint")]
    [InlineData("%#o", "uint")]
    [InlineData("%hx", "uint")]
    [InlineData("%hhx", "ushort")]
    [InlineData("%hd", "ushort")]
    [InlineData("%Lf", "double")]
    [InlineData("%llx", "string")]
    public async Task NothingWhereNoFaithfulRewriteExists(string directive, string type)
    {
        var arguments = directive == "%*d" ? "w, v" : "v";
        var source = $"using Demo;\nclass C\n{{\n    void M({type} v, int w) => Log.Printf(\"[{{|FG0002:{directive}|}}]\\n\", {arguments});\n}}\n";
        var test = new VerifyFix.Test { TestCode = source, FixedCode = source };
        test.DisabledDiagnostics.AddRange(new[] { "FG0001", "FG0003", "FG0004", "FG0005" });
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task SplitsALongLongHexWithItsSixtyFourBitArgument()
    {
        await VerifyFix.CodeFix("""
            using Demo;
            class Pci
            {
                void Report(uint devfn, uint barReg, ulong barSz)
                {
                    Log.Printf("pci dev %02x:%x bar %02x size {|FG0002:%016llx|}: no space for resource!\n", devfn >> 3, devfn & 7, barReg, barSz);
                }
            }
            """, """
            using Demo;
            class Pci
            {
                void Report(uint devfn, uint barReg, ulong barSz)
                {
                    Log.Printf("pci dev %02x:%x bar %02x size %08x%08x: no space for resource!\n", devfn >> 3, devfn & 7, barReg, (uint)(barSz >> 32), (uint)barSz);
                }
            }
            """);
    }

    [Fact]
    public async Task TheAlternateFormWithASixtyFourBitArgumentPrefixesTheSplit()
    {
        await VerifyFix.CodeFix("""
            using Demo;
            class C
            {
                void M(ulong size, ulong limit) => Log.Printf("size {|FG0002:%#llx|} limit {|FG0002:%#018llX|}\n", size, limit);
            }
            """, """
            using Demo;
            class C
            {
                void M(ulong size, ulong limit) => Log.Printf("size 0x%x%08x limit 0X%08X%08X\n", (uint)(size >> 32), (uint)size, (uint)(limit >> 32), (uint)limit);
            }
            """);
    }

    [Theory]
    [InlineData(UnsupportedDirectiveFix.DefaultKey, "0x%x%08x", "(uint)(count >> 32), (uint)count")]
    [InlineData(UnsupportedDirectiveFix.CheckedNarrowingKey, "%d", "checked((int)count)")]
    public async Task LongLongDecimalWithASixtyFourBitArgumentOffersHexHalvesOrNarrowing(string key, string directive, string argument)
    {
        await new VerifyFix.Test
        {
            TestCode = "using Demo;\nclass C\n{\n    void M(long count) => Log.Printf(\"{|FG0002:%lld|} pages\\n\", count);\n}\n",
            FixedCode = $"using Demo;\nclass C\n{{\n    void M(long count) => Log.Printf(\"{directive} pages\\n\", {argument});\n}}\n",
            CodeActionEquivalenceKey = key,
        }.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task LongLongWithAConstantThatFitsNarrowsTheConstant()
    {
        await VerifyFix.CodeFix("""
            using Demo;
            class C
            {
                void M() => Log.Printf("{|FG0002:%llu|} pages\n", 4096UL);
            }
            """, """
            using Demo;
            class C
            {
                void M() => Log.Printf("%u pages\n", 4096);
            }
            """);
    }

    [Fact]
    public async Task SeaBiosLongLongDecimalIsSplitToo()
    {
        await new VerifyFix.Test
        {
            TestCode = "using Demo;\nclass C\n{\n    void M(ulong size) => Log.Dprintf(\"size {|FG0002:%llu|}\\n\", size);\n}\n",
            FixedCode = "using Demo;\nclass C\n{\n    void M(ulong size) => Log.Dprintf(\"size 0x%x%08x\\n\", (uint)(size >> 32), (uint)size);\n}\n",
            CodeActionEquivalenceKey = UnsupportedDirectiveFix.DefaultKey,
        }.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task SeaBiosMinusWithoutAWidthIsDropped()
    {
        await VerifyFix.CodeFix("""
            using Demo;
            class C
            {
                void M(string name) => Log.Dprintf("name {|FG0002:%-s|}\n", name);
            }
            """, """
            using Demo;
            class C
            {
                void M(string name) => Log.Dprintf("name %s\n", name);
            }
            """);
    }

    [Fact]
    public async Task KeepsTheLiteralsKind()
    {
        await VerifyFix.CodeFix(""""
            using Demo;
            class C
            {
                const string Prefix = "dev";
                void M(uint v)
                {
                    Log.Printf(@"{|FG0002:%#x|} ""quoted""", v);
                    Log.Printf("""{|FG0002:%i|} "raw" """, v);
                    Log.Printf($"{Prefix} {|FG0002:%i|}\n", v);
                    Log.Printf("a\tb {|FG0002:%i|}" + "\n", v);
                    Log.Printf("""
                        multi {|FG0002:%#X|}

                        """, v);
                }
            }
            """", """"
            using Demo;
            class C
            {
                const string Prefix = "dev";
                void M(uint v)
                {
                    Log.Printf(@"0x%x ""quoted""", v);
                    Log.Printf("""%d "raw" """, v);
                    Log.Printf($"{Prefix} %d\n", v);
                    Log.Printf("a\tb %d" + "\n", v);
                    Log.Printf("""
                        multi 0X%X

                        """, v);
                }
            }
            """");
    }

    [Fact]
    public async Task NothingWhenTheDirectiveComesFromAConstantElsewhere()
    {
        await AssertNoFixAsync("""
            using Demo;
            class C
            {
                const string Format = "%i\n";
                void M(int v) => Log.Printf({|FG0002:Format|}, v);
            }
            """);
    }

    [Fact]
    public async Task FixAllAcrossTwoDocumentsAndTwoProjects()
    {
        const string First = """
            using Demo;
            class A
            {
                void M(uint v, ulong w) => Log.Printf("{|FG0002:%#x|} {|FG0002:%i|}\n", v, (int)v);
            }
            """;
        const string Second = """
            using Demo;
            class B
            {
                void M(uint v) => Log.Printf("{|FG0002:%#X|}\n", v);
            }
            """;
        const string Third = """
            using Demo;
            class D
            {
                void M(int v) => Log.Printf("{|FG0002:%i|}\n", v);
            }
            """;
        await VerifyFix.FixAllAcrossTwoDocumentsAndTwoProjects(
            UnsupportedDirectiveFix.DefaultKey,
            (First, First.Replace("{|FG0002:%#x|} {|FG0002:%i|}", "0x%x %d")),
            (Second, Second.Replace("{|FG0002:%#X|}", "0X%X")),
            (Third, Third.Replace("{|FG0002:%i|}", "%d")));
    }

    private static Task AssertNoFixAsync(string source) => VerifyFix.CodeFix(source, source);
}
