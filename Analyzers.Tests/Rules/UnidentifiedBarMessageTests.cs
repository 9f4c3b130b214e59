using System.Threading.Tasks;
using FirmwareGuard.Rules;
using FirmwareGuard.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer>;

namespace FirmwareGuard.Tests.Rules;

public class UnidentifiedBarMessageTests
{
    private const string Roles = """
        namespace Demo.Hv
        {
            [System.AttributeUsage(System.AttributeTargets.All)]
            sealed class LogRoleAttribute : System.Attribute { public LogRoleAttribute(string role) { } }
        }
        """;

    [Fact]
    public async Task XensBarLineIdentifiesItsBar()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class Pci
            {
                void M(uint devfn, uint bar_reg, ulong bar_sz, uint bar_data) =>
                    Log.Printf("pci dev %02x:%x bar %02x size %x%08x: %08x\n",
                        devfn >> 3, devfn & 7, bar_reg, (uint)(bar_sz >> 32), (uint)bar_sz, bar_data);
            }
            """);
    }

    [Fact]
    public async Task MissingDeviceAndSizeAreNamed()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class Pci
            {
                void M(uint barReg, uint barData) =>
                    Log.Printf({|#0:"placed BAR %02x at %08x\n"|}, barReg, barData);
            }
            """,
            VerifyFG.Diagnostic("FG0102").WithLocation(0).WithArguments("device or size"));
    }

    [Fact]
    public async Task AnArgumentAnAttributeMakesABarRegisterMakesItABarMessage()
    {
        await VerifyFG.Analyzer(Roles + """
            namespace Demo.Hv
            {
                using Demo;
                class Pci
                {
                    void M([LogRole("register")] uint which) => Log.Printf({|FG0102:"register %x programmed\n"|}, which);
                }
            }
            """);
    }

    [Fact]
    public async Task AnAttributedRegisterReadThroughAnElementAndAnOperatorMakesABarMessage()
    {
        await VerifyFG.Analyzer(Roles + """
            namespace Demo.Hv
            {
                using Demo;
                class Pci
                {
                    [LogRole("register")] uint[] slots = new uint[6];

                    void M(uint devfn, int i) =>
                        Log.Printf({|FG0102:"dev %x: slot %x programmed\n"|}, devfn, (ushort)(slots[i] & 0xff));
                }
            }
            """);
    }

    [Fact]
    public async Task AnAttributedRegisterOfAGenericTypeMakesABarMessageThroughEachConstruction()
    {
        await VerifyFG.Analyzer(Roles + """
            namespace Demo.Hv
            {
                using Demo;
                class Slot<T>
                {
                    [LogRole("register")] public uint Index;
                    [LogRole("register")] public uint Read() => Index;
                }

                class Pci
                {
                    void M(Slot<int> a, Slot<long> b, uint devfn, uint size)
                    {
                        Log.Printf({|FG0102:"slot %x programmed\n"|}, a.Index);
                        Log.Printf({|FG0102:"slot %x programmed\n"|}, b.Read());
                        Log.Printf("dev %x slot %x size %x\n", devfn, a.Read() - b.Index, size);
                    }
                }
            }
            """);
    }

    [Theory]
    [InlineData("\"register %x programmed\\n\", barReg")]
    [InlineData("\"retries %u\\n\", bar")]
    [InlineData("\"loading %u%% [%s]\\n\", percent, progressBar")]
    [InlineData("\"Xen platform PCI device BAR MTRR cache attribute set to %s\\n\", mode")]
    [InlineData("\"%u toolbar items\\n\", toolbar")]
    public async Task ANameOrTheWordAloneDoesNotMakeABarMessage(string arguments)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M(uint barReg, uint bar, uint percent, string progressBar, string mode, uint toolbar) => Log.Printf({{arguments}});
            }
            """);
    }

    [Theory]
    [InlineData("barSizes[i]")]
    [InlineData("barSz")]
    [InlineData("bar_sz")]
    [InlineData("sizes[i]")]
    public async Task AnElementOrAWordOfTheNameGivesTheSizeRole(string size)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class Pci
            {
                void M(uint devfn, uint[] barIndex, uint[] barSizes, uint[] sizes, uint barSz, uint bar_sz, int i) =>
                    Log.Printf("dev %x bar %u size %x\n", devfn, barIndex[i], {{size}});
            }
            """);
    }

    [Theory]
    [InlineData("BarIndex")]
    [InlineData("bar_reg")]
    [InlineData("bar0")]
    [InlineData("pciBar")]
    public async Task AWordOfTheNameGivesTheRegisterRole(string register)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class Pci
            {
                void M(uint devfn, uint size, uint BarIndex, uint bar_reg, uint bar0, uint pciBar) =>
                    Log.Printf("dev %x bar %u size %x\n", devfn, {{register}}, size);
            }
            """);
    }

    [Theory]
    [InlineData("toolbar")]
    [InlineData("crowbar")]
    [InlineData("foobarIndex")]
    public async Task APatternInsideAWordIsNoRole(string name)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class Pci
            {
                void M(uint devfn, uint size, uint {{name}}) =>
                    Log.Printf({|#0:"dev %x bar %u size %x\n"|}, devfn, {{name}}, size);
            }
            """,
            VerifyFG.Diagnostic("FG0102").WithLocation(0).WithArguments("BAR register"));
    }

    [Fact]
    public async Task ABarMessageWithAnElementMissingTheDeviceIsFlagged()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class Pci
            {
                void M(uint[] barSizes, int bar) =>
                    Log.Printf({|#0:"bar %u size %x\n"|}, bar, barSizes[bar]);
            }
            """,
            VerifyFG.Diagnostic("FG0102").WithLocation(0).WithArguments("device"));
    }

    [Theory]
    [InlineData("Low MMIO hole not large enough, relocating %x BARs to 64-bit\\n")]
    [InlineData("crowbar %x\\n")]
    [InlineData("foobar_ok %x\\n")]
    public async Task TheWordBarMustStandAlone(string format)
    {
        await VerifyFG.Analyzer($$"""
            using Demo;
            class C
            {
                void M(uint value) => Log.Printf("{{format}}", value);
            }
            """);
    }

    [Fact]
    public async Task RolesComeFromAttributesBeforeNames()
    {
        await VerifyFG.Analyzer(Roles + """
            namespace Demo.Hv
            {
                using Demo;
                class Bar
                {
                    [LogRole("device")] public uint Which;
                    [LogRole("register")] public uint Slot;
                    [LogRole("size")] public ulong Amount;
                }

                class C
                {
                    void M(Bar b) => Log.Printf("bar %x %x %x%08x\n", b.Which, b.Slot, (uint)(b.Amount >> 32), (uint)b.Amount);
                }
            }
            """);
    }

    [Fact]
    public async Task AnAttributeOverridesWhatTheNameSuggests()
    {
        await VerifyFG.Analyzer(Roles + """
            namespace Demo.Hv
            {
                using Demo;
                class C
                {
                    void M(uint devfn, uint barReg, [LogRole("address")] uint size) =>
                        Log.Printf({|#0:"bar %x %x %x\n"|}, devfn, barReg, size);
                }
            }
            """,
            VerifyFG.Diagnostic("FG0102").WithLocation(0).WithArguments("size"));
    }

    [Fact]
    public async Task APlainRegisterIsNotABarRegister()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class C
            {
                void M(uint value, uint reg) => Log.Printf("wrote %x to register %x\n", value, reg);
            }
            """);
    }

    [Fact]
    public async Task RoleNamePatternsAreConfigurable()
    {
        var test = new Verify<CallAnalyzer, EmptyCodeFixProvider>.Test
        {
            TestCode = """
                using Demo;
                class C
                {
                    void M(uint node, uint which, uint amount) => Log.Printf("bar %x %x %x\n", node, which, amount);
                }
                """,
        };
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true
            [*.cs]
            firmwareguard.roles.device = node
            firmwareguard.roles.register = which
            firmwareguard.roles.size = amount
            """));
        await test.RunAsync();
    }
}
