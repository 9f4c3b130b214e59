using System.Threading.Tasks;
using Xunit;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer>;

namespace FirmwareGuard.Tests.Rules;

/// <summary>FG0008: the variable arguments arrive as an existing array or span.</summary>
public class ArgumentsInArrayTests
{
    [Fact]
    public async Task AnArrayBuiltElsewhere()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(object[] values) => Log.Printf("%x %x\n", {|#0:values|});
            }
            """,
            VerifyFG.Diagnostic("FG0008").WithLocation(0).WithArguments("array", "`values`"));
    }

    [Theory]
    [InlineData("""Log.Printf("%s\n", {|#0:names|})""", "array", "`names`")]
    [InlineData("""Log.Printf("%x %x\n", {|#0:[1, ..values]|})""", "array", "`[1, ..values]`")]
    [InlineData("""Log.Printf("%x\n", {|#0:System.Array.Empty<object>()|})""", "array", "`System.Array.Empty<object>()`")]
    [InlineData("""Log.Printf(args: {|#0:values|}, format: "%x\n")""", "array", "`values`")]
    [InlineData("""Log.PrintfSpan("%x %x\n", {|#0:span|})""", "span", "`span`")]
    [InlineData("""Log.PrintfSpan("%x %x\n", {|#0:values|})""", "span", "`values`")]
    [InlineData("""Log.PrintfSpan("%x %x\n", {|#0:[..values]|})""", "span", "`[..values]`")]
    public async Task EveryWayOfPassingAnExistingCollection(string call, string kind, string shown)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M(object[] values, string[] names, System.ReadOnlySpan<object?> span) => {{call}};
            }
            """,
            VerifyFG.Diagnostic("FG0008").WithLocation(0).WithArguments(kind, shown));
    }

    [Fact]
    public async Task ArraysWrittenInTheCallAreReadElementByElement()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(uint a, uint b)
                {
                    Log.Printf("%x %x\n", new object[] { a, b });
                    Log.Printf("%x %x\n", new[] { (object)a, (object)b }.Length, b);
                    Log.Printf("%x %x\n", [a, b]);
                    Log.PrintfSpan("%x %x\n", [a, b]);
                    Log.Printf("done\n", new object[0]);
                }
            }
            """);
    }

    [Fact]
    public async Task TheShimsOwnBodyPassesItsArrayOnUnflagged()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class Console
            {
                [PrintfShim]
                public static void Print(string format, params object?[] args)
                {
                    Log.Printf(format, args);
                    Log.Printf("%x\n", args);
                }
            }
            """);
    }
}
