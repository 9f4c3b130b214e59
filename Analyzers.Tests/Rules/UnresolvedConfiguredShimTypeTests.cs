using System.Threading;
using System.Threading.Tasks;
using FirmwareGuard.Rules;
using FirmwareGuard.Tests.Configuration;
using Xunit;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.ConfiguredShimAnalyzer>;

namespace FirmwareGuard.Tests.Rules;

/// <summary>FG0905: a <c>firmwareguard.printf_shims</c> entry whose type this compilation cannot see — a note, not a warning.</summary>
public class UnresolvedConfiguredShimTypeTests
{
    [Theory]
    [InlineData("Platfrom.Log.Printf", "`Platfrom.Log`")]
    [InlineData("M:Vendor.Uart.Printf(System.String,System.Object[])", "`Vendor.Uart`")]
    [InlineData("Platform.Box<A, B>.Printf", "`Platform.Box<A, B>`")]
    public async Task AnEntryWhoseTypeIsNowhereIsANote(string entry, string type)
    {
        var test = Configured.Test<ConfiguredShimAnalyzer>(MissingConfiguredShimTests.Platform, "firmwareguard.printf_shims = " + entry);
        test.ExpectedDiagnostics.Add(VerifyFG.Diagnostic("FG0905").WithArguments(entry, type));
        await test.RunAsync(CancellationToken.None);
    }

    [Theory]
    [InlineData("Platform.Log.Printf;Platfrom.Log.Printf")]
    [InlineData("Platform.Log.Printf ; Platfrom.Log.Printf")]
    [InlineData("Platform.Log.Printf #Platfrom.Log.Printf")]
    public async Task TheConfigReaderCutsTheValueAtASemicolonOrHash(string value)
    {
        // Everything from the ';' or '#' on is a comment to the reader, so the misspelt entry never arrives: the docs say to use commas.
        await Configured.Test<ConfiguredShimAnalyzer>(MissingConfiguredShimTests.Platform, "firmwareguard.printf_shims = " + value)
            .RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AnEntryCutShortIsCaughtWhenItResolvesNowhere()
    {
        var test = Configured.Test<ConfiguredShimAnalyzer>(MissingConfiguredShimTests.Platform, "firmwareguard.printf_shims = Platform.Log.Printf, Platform.Uart;Printf");
        test.ExpectedDiagnostics.Add(VerifyFG.Diagnostic("FG0905").WithArguments("Platform.Uart", "`Platform`"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ItIsAnInfoTheUserCanRaise()
    {
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, Catalog.Descriptors.UnresolvedConfiguredShimType.DefaultSeverity);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, Catalog.Descriptors.MissingConfiguredShim.DefaultSeverity);
        // A diagnostic about the configuration has no source location, so only a global setting changes its severity.
        var test = Configured.Test<ConfiguredShimAnalyzer>(MissingConfiguredShimTests.Platform, "firmwareguard.printf_shims = Platfrom.Log.Printf");
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\ndotnet_diagnostic.FG0905.severity = warning\n"));
        test.ExpectedDiagnostics.Add(VerifyFG.Diagnostic("FG0905").WithSeverity(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithArguments("Platfrom.Log.Printf", "`Platfrom.Log`"));
        await test.RunAsync(CancellationToken.None);
    }
}
