using System.Threading.Tasks;
using FirmwareGuard.Rules;
using FirmwareGuard.Tests.Configuration;
using FirmwareGuard.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyCalls = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer>;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.UnmarkedWrapperAnalyzer>;

namespace FirmwareGuard.Tests.Rules;

public class UnmarkedWrapperTests
{
    private const string OtherAssemblies = " so calls from other assemblies are checked too";

    [Fact]
    public async Task AForwardingMethodIsSuggestedTheAttribute()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            public static class Debug
            {
                public static void {|#0:Trace|}(string format, params object?[] args) => Log.Printf(format, args);
            }
            """,
            VerifyFG.Diagnostic("FG0901").WithLocation(0).WithArguments("`Trace`", "`Printf`", string.Empty, OtherAssemblies));
    }

    [Theory]
    [InlineData("public static class Debug { private static void {|#0:Trace|}(string format, params object?[] args) => Log.Printf(format, args); }", false)]
    [InlineData("public static class Debug { internal static void {|#0:Trace|}(string format, params object?[] args) => Log.Printf(format, args); }", false)]
    [InlineData("static class Debug { public static void {|#0:Trace|}(string format, params object?[] args) => Log.Printf(format, args); }", false)]
    [InlineData("public static class Outer { private static class Debug { public static void {|#0:Trace|}(string format, params object?[] args) => Log.Printf(format, args); } }", false)]
    [InlineData("public class Debug { protected static void {|#0:Trace|}(string format, params object?[] args) => Log.Printf(format, args); }", true)]
    [InlineData("[assembly: System.Runtime.CompilerServices.InternalsVisibleTo(\"Drivers\")] static class Debug { internal static void {|#0:Trace|}(string format, params object?[] args) => Log.Printf(format, args); }", true)]
    public async Task OnlyAWrapperOtherAssembliesCanCallIsToldAboutThem(string declaration, bool visible)
    {
        await VerifyFG.Analyzer(
            "using Demo;\n" + declaration,
            VerifyFG.Diagnostic("FG0901").WithLocation(0).WithArguments("`Trace`", "`Printf`", string.Empty, visible ? OtherAssemblies : string.Empty));
    }

    [Fact]
    public async Task AWrapperInANestedTypeOfAFileScopedNamespaceIsFound()
    {
        await VerifyFG.Analyzer("""
            namespace Firmware.Board;

            using Demo;

            static class Outer
            {
                struct Console
                {
                    internal static void {|#0:Trace|}(string format, params object?[] args) => Log.Printf(format, args);
                }
            }
            """,
            VerifyFG.Diagnostic("FG0901").WithLocation(0).WithArguments("`Trace`", "`Printf`", string.Empty, string.Empty));
    }

    [Fact]
    public async Task AWrapperInAGeneratedFileIsLeftAlone()
    {
        var test = Configured.Test<UnmarkedWrapperAnalyzer>("""
            using Demo;
            static class Debug
            {
                public static void {|#0:Trace|}(string format, params object?[] args) => Log.Printf(format, args);
            }
            """);
        test.TestState.Sources.Add(("/0/Wrappers.g.cs", """
            using Demo;
            static class GeneratedDebug
            {
                public static void Trace(string format, params object?[] args) => Log.Printf(format, args);
            }
            """));
        test.ExpectedDiagnostics.Add(VerifyFG.Diagnostic("FG0901").WithLocation(0).WithArguments("`Trace`", "`Printf`", string.Empty, string.Empty));
        await test.RunAsync(System.Threading.CancellationToken.None);
    }

    [Fact]
    public async Task TheDialectIsCarriedOver()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            static class Debug
            {
                public static void {|#0:Bios|}(string format, params object?[] args)
                {
                    Log.Dprintf(format, args);
                }
            }
            """,
            VerifyFG.Diagnostic("FG0901").WithLocation(0).WithArguments("`Bios`", "`Dprintf`", "(\"seabios\")", string.Empty));
    }

    [Fact]
    public async Task CallersOfAWrapperInAnotherFileAreChecked()
    {
        var test = new Verify<CallAnalyzer, EmptyCodeFixProvider>.Test();
        test.TestState.Sources.Add(("Debug.cs", """
            using Demo;
            static class Debug
            {
                public static void Trace(string format, params object?[] args) => Log.Printf(format, args);
            }
            """));
        test.TestState.Sources.Add(("Caller.cs", """
            static class Caller
            {
                static void M(ulong size) => Debug.Trace("size %x, at %x\n", {|FG0001:size|}, 0u);
            }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task AWrapperOfAWrapperIsAShim()
    {
        await VerifyCalls.Analyzer("""
            using Demo;
            static class Debug
            {
                public static void Trace(string format, params object?[] args) => Log.Printf(format, args);

                public static void Verbose(string format, params object?[] args)
                {
                    if (Enabled)
                    {
                        Trace(format, args);
                    }
                }

                static bool Enabled => true;

                static void M() => Verbose("{|#0:%llx|} %x\n", {|#1:1UL|}, 2u);
            }
            """,
            VerifyCalls.Diagnostic("FG0002").WithLocation(0).WithLocation(1).WithArguments("`%llx`", "hvmloader", "drops '%l', prints the text 'lx' and consumes no argument"),
            VerifyCalls.Diagnostic("FG0001").WithLocation(1).WithLocation(0).WithArguments("`1UL`", "ulong", "takes two 32-bit slots", "hvmloader", "`%x` (`2u`) prints the lower half of `1UL`"));
    }

    [Theory]
    [InlineData("format = \"[trace] \" + format; Log.Printf(format, args);")]
    [InlineData("Log.Printf(\"[trace] \" + format, args);")]
    [InlineData("Log.Printf(format, args); System.Console.WriteLine(format);")]
    [InlineData("if (args.Length > 0) Log.Printf(format, args);")]
    [InlineData("Log.Printf(format, new object?[] { args });")]
    public async Task AMethodThatChangesOrReusesItsFormatIsNotAWrapper(string body)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            static class Debug
            {
                public static void Trace(string format, params object?[] args)
                {
                    {{body}}
                }
            }
            """);
    }

    [Fact]
    public async Task AMarkedWrapperIsNotReported()
    {
        await VerifyFG.Analyzer("""
            static class Debug
            {
                [Demo.PrintfShim]
                public static void Trace(string format, params object?[] args) => Demo.Log.Printf(format, args);
            }
            """);
    }
}
