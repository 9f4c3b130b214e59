using System.Threading;
using System.Threading.Tasks;
using FirmwareGuard.Rules;
using Xunit;

namespace FirmwareGuard.Tests.Configuration;

/// <summary>Each <c>.editorconfig</c> / <c>.globalconfig</c> key the README documents, through the analyzer.</summary>
public class EditorConfigKeyTests
{
    private const string PlainCall = """
        class C
        {
            void M(ulong size) => Demo.Log.Plain("%x\n", {|FG0001:size|});
        }
        """;

    [Theory]
    [InlineData("firmwareguard.printf_shims = M:Demo.Log.Plain(System.String,System.Object[])")]
    [InlineData("firmwareguard.printf_shims = Demo.Log.Plain")]
    [InlineData("firmwareguard.printf_shims = Vendor.Other.Printf, Demo.Log.Plain; M:Vendor.Other.Dprintf(System.String,System.Object[])")]
    public async Task PrintfShimsNamesShimsByDocumentationIdOrName(string setting)
    {
        await Configured.Test<CallAnalyzer>(PlainCall, setting).RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AMethodNobodyNamesIsNotAShim()
    {
        await Configured.Test<CallAnalyzer>(PlainCall.Replace("{|FG0001:size|}", "size"), "firmwareguard.printf_shims = Demo.Log.Other").RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task DialectIsTheDialectOfShimsThatNameNone()
    {
        const string Source = """
            class C
            {
                void M(ulong size) => Demo.Log.Printf("%llx\n", size);
            }
            """;
        await Configured.Test<CallAnalyzer>(Source, "firmwareguard.dialect = seabios").RunAsync(CancellationToken.None);
        await Configured.Test<CallAnalyzer>(Source.Replace("%llx", "{|FG0002:%llx|}")).RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AShimThatNamesItsDialectKeepsIt()
    {
        await Configured.Test<CallAnalyzer>(
            """
            class C
            {
                void M(ulong size) => Demo.Log.Dprintf("%llx\n", size);
            }
            """,
            "firmwareguard.dialect = hvmloader").RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AGlobalConfigSetsTheKeysForEveryFile()
    {
        var test = Configured.Test<CallAnalyzer>(PlainCall);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", """
            is_global = true
            firmwareguard.printf_shims = Demo.Log.Plain
            """));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task EditorConfigSettingsApplyToTheFilesTheirSectionMatches()
    {
        var test = Configured.Test<CallAnalyzer>(string.Empty);
        test.TestState.Sources.Add(("/src/bios/Rom.cs", """
            class Rom
            {
                void M(ulong size) => Demo.Log.Printf("%llx\n", size);
            }
            """));
        test.TestState.Sources.Add(("/src/Board.cs", """
            class Board
            {
                void M(ulong size) => Demo.Log.Printf("{|FG0002:%llx|}\n", size);
            }
            """));
        test.TestState.AnalyzerConfigFiles.Add(("/src/bios/.editorconfig", "[*.cs]\nfirmwareguard.dialect = seabios\n"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task RolesDeviceNamesTheDevicePatterns()
    {
        const string Source = """
            class C
            {
                void M(uint node, uint barReg, uint barSize) => Demo.Log.Printf("bar %x %x %x\n", node, barReg, barSize);
            }
            """;
        await Configured.Test<CallAnalyzer>(Source, "firmwareguard.roles.device = node").RunAsync(CancellationToken.None);
        await Configured.Test<CallAnalyzer>(Source.Replace("\"bar %x %x %x\\n\"", "{|FG0102:\"bar %x %x %x\\n\"|}")).RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task RolesRegisterNamesTheRegisterPatterns()
    {
        const string Source = """
            class C
            {
                void M(uint devfn, uint which, uint barSize) => Demo.Log.Printf("bar %x %x %x\n", devfn, which, barSize);
            }
            """;
        await Configured.Test<CallAnalyzer>(Source, "firmwareguard.roles.register = which").RunAsync(CancellationToken.None);
        await Configured.Test<CallAnalyzer>(Source.Replace("\"bar %x %x %x\\n\"", "{|FG0102:\"bar %x %x %x\\n\"|}")).RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task RolesSizeReplacesTheSizePatterns()
    {
        const string Source = """
            class C
            {
                void M(uint devfn, uint barReg, uint amount) => Demo.Log.Printf("bar %x %x %x\n", devfn, barReg, amount);
                void N(uint devfn, uint barReg, uint size) => Demo.Log.Printf("bar %x %x %x\n", devfn, barReg, size);
            }
            """;
        await Configured.Test<CallAnalyzer>(
            Source.Replace("\"bar %x %x %x\\n\", devfn, barReg, size", "{|FG0102:\"bar %x %x %x\\n\"|}, devfn, barReg, size"),
            "firmwareguard.roles.size = amount").RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task RolesAddressNamesTheAddressPatterns()
    {
        const string Source = """
            class C
            {
                void M(uint devfn, uint barReg, uint regionSize) => Demo.Log.Printf("bar %x %x %x\n", devfn, barReg, regionSize);
            }
            """;
        await Configured.Test<CallAnalyzer>(Source).RunAsync(CancellationToken.None);
        var configured = Configured.Test<CallAnalyzer>(
            Source.Replace("\"bar %x %x %x\\n\"", "{|#0:\"bar %x %x %x\\n\"|}"),
            "firmwareguard.roles.address = region_size");
        configured.ExpectedDiagnostics.Add(Verifiers.Verify<CallAnalyzer>.Diagnostic("FG0102").WithLocation(0).WithArguments("size"));
        await configured.RunAsync(CancellationToken.None);
    }
}
