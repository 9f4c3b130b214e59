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
    public async Task AnArgumentInTheRegisterRoleMakesItABarMessage()
    {
        await VerifyFG.Analyzer("""
            using Demo;
            class Pci
            {
                void M(uint barReg) => Log.Printf({|FG0102:"register %x programmed\n"|}, barReg);
            }
            """);
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
