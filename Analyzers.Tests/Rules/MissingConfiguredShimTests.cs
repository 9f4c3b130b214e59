using System.Threading;
using System.Threading.Tasks;
using FirmwareGuard.Rules;
using FirmwareGuard.Tests.Configuration;
using Xunit;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.ConfiguredShimAnalyzer>;

namespace FirmwareGuard.Tests.Rules;

/// <summary>FG0904: a <c>firmwareguard.printf_shims</c> entry whose type exists but has no such shim.</summary>
public class MissingConfiguredShimTests
{
    public const string Platform = """
        namespace Platform
        {
            public static class Log
            {
                public static void Printf(string format, params object?[] args) { }
                public static void Puts(string text) { }
            }

            public static class Box<T>
            {
                public static void Printf(string format, params object?[] args) { }
            }

            public static class Outer
            {
                public static class Inner
                {
                    public static void Printf(string format, params object?[] args) { }
                }
            }
        }
        """;

    [Theory]
    [InlineData("Platform.Log.Prinft", "names `Platform.Log`, which has no method `Prinft` taking a format string before variable arguments")]
    [InlineData("Platform.Log.Puts", "names `Platform.Log`, which has no method `Puts` taking a format string before variable arguments")]
    [InlineData("M:Platform.Log.Printf(System.String)", "names `Platform.Log`, which has no method `Printf` taking a format string before variable arguments with these parameters")]
    [InlineData("Printf", "names no type (write Namespace.Type.Method or a documentation ID such as M:Namespace.Type.Method(System.String,System.Object[]))")]
    public async Task AnEntryThatMatchesNoMethodIsReported(string entry, string problem)
    {
        var test = Configured.Test<ConfiguredShimAnalyzer>(Platform, "firmwareguard.printf_shims = Platform.Log.Printf, " + entry);
        test.ExpectedDiagnostics.Add(VerifyFG.Diagnostic("FG0904").WithArguments(entry, problem));
        await test.RunAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("Platform.Log.Printf")]
    [InlineData("M:Platform.Log.Printf(System.String,System.Object[])")]
    [InlineData("Platform.Box<T>.Printf")]
    [InlineData("M:Platform.Box`1.Printf(System.String,System.Object[])")]
    [InlineData("Platform.Outer.Inner.Printf")]
    [InlineData("Demo.Log.Plain")]
    [InlineData("Platform.Log.Printf,Demo.Log.Plain  Platform.Outer.Inner.Printf")]
    public async Task AnEntryThatNamesAShimIsSilent(string entries)
    {
        await Configured.Test<ConfiguredShimAnalyzer>(Platform, "firmwareguard.printf_shims = " + entries).RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task EachEntryIsReportedOnceWhateverTheFilesThatListIt()
    {
        var test = Configured.Test<ConfiguredShimAnalyzer>(Platform, "firmwareguard.printf_shims = Platform.Log.Prinft");
        test.TestState.Sources.Add(("/0/Other.cs", "class Other { }"));
        test.ExpectedDiagnostics.Add(VerifyFG.Diagnostic("FG0904").WithArguments(
            "Platform.Log.Prinft", "names `Platform.Log`, which has no method `Prinft` taking a format string before variable arguments"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task NoSettingNoDiagnostic()
    {
        await Configured.Test<ConfiguredShimAnalyzer>(Platform).RunAsync(CancellationToken.None);
    }
}
