using System.IO;
using System.Threading;
using System.Threading.Tasks;
using FirmwareGuard.Rules;
using FirmwareGuard.Tests.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer>;

namespace FirmwareGuard.Tests.Rules;

/// <summary>FG0903: a dialect name that no dialect has is an error where it is written, never a silently unchecked call.</summary>
public class UnknownDialectTests
{
    [Fact]
    public async Task AnAttributeNamingAnUnknownDialectIsFlaggedAtItsArgument()
    {
        await ExpectMisspeltSeabiosAtLocation0("""
            static class Bios
            {
                [Demo.PrintfShim({|#0:"sebios"|})] public static void Print(string format, params object?[] args) { }

                static void M(ulong size) => Print("%x\n", size);
            }
            """);
    }

    [Fact]
    public async Task AnAttributeOnAPartialMethodIsFlaggedOnceWhereItIsWritten()
    {
        await ExpectMisspeltSeabiosAtLocation0("""
            static partial class Bios
            {
                [Demo.PrintfShim({|#0:"sebios"|})] public static partial void Print(string format, params object?[] args);

                [System.Diagnostics.DebuggerStepThrough] public static partial void Print(string format, params object?[] args) { }
            }
            """);
    }

    [Fact]
    public async Task AnAttributeAmongSeveralListsOfOneMethodIsFlaggedOnce()
    {
        await ExpectMisspeltSeabiosAtLocation0("""
            static class Bios
            {
                [System.Obsolete]
                [System.Diagnostics.DebuggerStepThrough, Demo.PrintfShim({|#0:"sebios"|})]
                [return: System.Diagnostics.CodeAnalysis.NotNull]
                public static string Print(string format, params object?[] args) => format;
            }
            """);
    }

    [Fact]
    public async Task AnAttributeInANestedTypeOfAFileScopedNamespaceIsFlagged()
    {
        await ExpectMisspeltSeabiosAtLocation0("""
            namespace Firmware.Board;

            static class Outer
            {
                struct Uart
                {
                    [Demo.PrintfShim({|#0:"sebios"|})] public static void Print(string format, params object?[] args) { }
                }
            }
            """);
    }

    /// <summary>Exactly one FG0903, for <c>[PrintfShim("sebios")]</c> on a method <c>Print</c>, at the markup's location 0.</summary>
    private static async Task ExpectMisspeltSeabiosAtLocation0(string source)
    {
        var test = Configured.Test<CallAnalyzer>(source);
        test.ExpectedDiagnostics.Add(VerifyFG.Diagnostic("FG0903").WithLocation(0)
            .WithArguments("sebios", "does not exist", "[PrintfShim] on `Print`", "edk2-ia32, edk2-x64, hvmloader, seabios", "to `Print`"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ADialectWhoseFileWasRejectedSaysSo()
    {
        var test = Configured.Test<CallAnalyzer>("""
            static class Board
            {
                [Demo.PrintfShim({|#0:"uart"|})] public static void Uart(string format, params object?[] args) { }
            }
            """);
        test.TestState.AdditionalFiles.Add(("/board.printf-dialects.ini", "[uart]\nunknown = print-character\nx = hex 9 32\n"));
        test.ExpectedDiagnostics.Add(VerifyFG.Diagnostic("FG0903").WithLocation(0)
            .WithArguments("uart", "is not loaded, because its definition in board.printf-dialects.ini has problems (FG0902)", "[PrintfShim] on `Uart`", "edk2-ia32, edk2-x64, hvmloader, seabios", "to `Uart`"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task TheDialectPropertyIsFlaggedToo()
    {
        var test = Configured.Test<CallAnalyzer>("""
            static class Bios
            {
                [Demo.PrintfShim({|FG0903:Dialect = "sebios"|})] public static void Print(string format, params object?[] args) { }
                [Demo.PrintfShim({|FG0903:"sebios"|})] public static void Other(string format, params object?[] args) { }
                [Demo.PrintfShim(Dialect = "SeaBIOS")] public static void Known(string format, params object?[] args) { }
            }
            """);
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AnUnknownDialectOptionIsFlaggedAtTheFirstCallThatUsesIt()
    {
        var test = Configured.Test<CallAnalyzer>(string.Empty, "firmwareguard.dialect = hvmlaoder");
        test.TestState.Sources.Add(("/src/b.cs", """
            class B
            {
                void M(ulong size) => Demo.Log.Printf("%x\n", size);
            }
            """));
        test.TestState.Sources.Add(("/src/a.cs", """
            class A
            {
                void M(ulong size)
                {
                    Demo.Log.Dprintf("%llx\n", size);
                    {|#0:Demo.Log.Printf|}("%x\n", size);
                    Demo.Log.Printf("%x\n", size);
                }
            }
            """));
        test.ExpectedDiagnostics.Add(VerifyFG.Diagnostic("FG0903").WithLocation(0)
            .WithArguments("hvmlaoder", "does not exist", "firmwareguard.dialect", "edk2-ia32, edk2-x64, hvmloader, seabios", "to shims that name no dialect of their own"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AShimFromAnotherAssemblyNamingAnUnknownDialectIsFlaggedAtTheFirstCall()
    {
        var test = Configured.Test<CallAnalyzer>("""
            class C
            {
                void M(ulong size)
                {
                    {|#0:Vendor.Rom.Print|}("%x\n", size);
                    Vendor.Rom.Print("%x\n", size);
                }
            }
            """);
        test.TestState.AdditionalReferences.Add(await VendorLibraryAsync("""
            namespace Vendor
            {
                [System.AttributeUsage(System.AttributeTargets.Method)]
                public sealed class PrintfShimAttribute : System.Attribute { public PrintfShimAttribute(string dialect) { } }

                public static class Rom
                {
                    [PrintfShim("vendor-rom")] public static void Print(string format, params object[] args) { }
                }
            }
            """));
        test.ExpectedDiagnostics.Add(VerifyFG.Diagnostic("FG0903").WithLocation(0)
            .WithArguments("vendor-rom", "does not exist", "the printf shim `Print`", "edk2-ia32, edk2-x64, hvmloader, seabios", "to `Print`"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ANameFlaggedAtAnAttributeIsNotFlaggedAgainAtCalls()
    {
        var test = Configured.Test<CallAnalyzer>("""
            static class Bios
            {
                [Demo.PrintfShim({|FG0903:"sebios"|})] public static void Print(string format, params object?[] args) { }
                [Demo.PrintfShim({|FG0903:"sebios"|})] public static void Again(string format, params object?[] args) { }

                public static void Forward(string format, params object?[] args) => Print(format, args);

                static void M(ulong size)
                {
                    Print("%x\n", size);
                    Again("%x\n", size);
                    Forward("%x\n", size);
                }
            }
            """);
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task ADialectFromADialectFileIsKnown()
    {
        var test = Configured.Test<CallAnalyzer>(
            """
            static class Board
            {
                [Demo.PrintfShim("uart")] public static void Uart(string format, params object?[] args) { }

                static void M(ulong size) => Demo.Log.Printf("%llx\n", size);
            }
            """,
            "firmwareguard.dialect = UART");
        test.TestState.AdditionalFiles.Add(("/uart.printf-dialects.ini", UserDialectFileTests.Uart));
        await test.RunAsync(CancellationToken.None);
    }

    private static async Task<MetadataReference> VendorLibraryAsync(string source)
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = TestCompilation.Create("Vendor", new[] { TestCompilation.Parse(source) }, references);
        using var image = new MemoryStream();
        Assert.True(compilation.Emit(image).Success);
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
