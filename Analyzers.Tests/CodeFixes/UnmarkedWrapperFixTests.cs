using System.Threading;
using System.Threading.Tasks;
using FirmwareGuard.CodeFixes;
using FirmwareGuard.Tests.Verifiers;
using Xunit;
using VerifyFix = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.UnmarkedWrapperAnalyzer, FirmwareGuard.CodeFixes.UnmarkedWrapperFix>;

namespace FirmwareGuard.Tests.CodeFixes;

/// <summary>
/// The tests declare the attribute the package generates (<c>FirmwareGuard.PrintfShimAttribute</c>)
/// themselves, so they do not depend on the generator; the referenced shim library brings its own
/// public <c>Demo.PrintfShimAttribute</c>.
/// </summary>
public class UnmarkedWrapperFixTests
{
    private const string PackageAttribute = """
        namespace FirmwareGuard
        {
            [System.AttributeUsage(System.AttributeTargets.Method, Inherited = false)]
            internal sealed class PrintfShimAttribute : System.Attribute
            {
                public PrintfShimAttribute() { }
                public PrintfShimAttribute(string dialect) { Dialect = dialect; }
                public string? Dialect { get; set; }
            }
        }
        """;

    [Fact]
    public async Task MarksAWrapperWithThePackagesAttribute()
    {
        var test = new VerifyFix.Test
        {
            CodeActionEquivalenceKey = UnmarkedWrapperFix.AddPrintfShimKey,
            CodeActionVerifier = (action, verifier) => verifier.Equal("Mark `Trace` with [PrintfShim]", action.Title),
        };
        test.TestState.Sources.Add(("/0/Attributes.cs", PackageAttribute));
        test.TestState.Sources.Add(("/0/Debug.cs", """
            static class Debug
            {
                public static void {|FG0901:Trace|}(string format, params object?[] args) => Demo.Log.Printf(format, args);
            }
            """));
        test.FixedState.Sources.Add(("/0/Attributes.cs", PackageAttribute));
        test.FixedState.Sources.Add(("/0/Debug.cs", """
            using FirmwareGuard;

            static class Debug
            {
                [PrintfShim]
                public static void Trace(string format, params object?[] args) => Demo.Log.Printf(format, args);
            }
            """));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task NamesTheDialectItForwardsTo()
    {
        var test = new VerifyFix.Test
        {
            CodeActionVerifier = (action, verifier) => verifier.Equal("Mark `Bios` with [PrintfShim(\"seabios\")]", action.Title),
        };
        test.TestState.Sources.Add(("/0/Attributes.cs", PackageAttribute));
        test.TestState.Sources.Add(("/0/Bios.cs", """
            namespace Firmware.Bios
            {
                static class Debug
                {
                    public static void {|FG0901:Bios|}(string format, params object?[] args)
                    {
                        Demo.Log.Dprintf(format, args);
                    }
                }
            }
            """));
        test.FixedState.Sources.Add(("/0/Attributes.cs", PackageAttribute));
        test.FixedState.Sources.Add(("/0/Bios.cs", """
            using FirmwareGuard;

            namespace Firmware.Bios
            {
                static class Debug
                {
                    [PrintfShim("seabios")]
                    public static void Bios(string format, params object?[] args)
                    {
                        Demo.Log.Dprintf(format, args);
                    }
                }
            }
            """));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task PrefersTheAttributeTheFileAlreadyImports()
    {
        // Demo.PrintfShimAttribute is in scope: no new using, and no ambiguity with FirmwareGuard's.
        var test = new VerifyFix.Test();
        test.TestState.Sources.Add(("/0/Attributes.cs", PackageAttribute));
        test.TestState.Sources.Add(("/0/Debug.cs", """
            using Demo;

            static class Debug
            {
                public static void {|FG0901:Trace|}(string format, params object?[] args) => Log.Printf(format, args);
            }
            """));
        test.FixedState.Sources.Add(("/0/Attributes.cs", PackageAttribute));
        test.FixedState.Sources.Add(("/0/Debug.cs", """
            using Demo;

            static class Debug
            {
                [PrintfShim]
                public static void Trace(string format, params object?[] args) => Log.Printf(format, args);
            }
            """));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task UsesAUsersOwnAttributeWithADialectProperty()
    {
        const string Attribute = """
            namespace MyCo.Diagnostics
            {
                [System.AttributeUsage(System.AttributeTargets.Method)]
                public sealed class PrintfShimAttribute : System.Attribute
                {
                    public string? Dialect { get; set; }
                }
            }
            """;
        var test = new VerifyFix.Test();
        test.TestState.Sources.Add(("/0/Attribute.cs", Attribute));
        test.TestState.Sources.Add(("/0/Debug.cs", """
            static class Debug
            {
                public static void {|FG0901:Bios|}(string format, params object?[] args) => Demo.Log.Dprintf(format, args);
            }
            """));
        test.FixedState.Sources.Add(("/0/Attribute.cs", Attribute));
        test.FixedState.Sources.Add(("/0/Debug.cs", """
            using MyCo.Diagnostics;

            static class Debug
            {
                [PrintfShim(Dialect = "seabios")]
                public static void Bios(string format, params object?[] args) => Demo.Log.Dprintf(format, args);
            }
            """));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task KeepsDocumentationAndOtherAttributesInPlace()
    {
        var test = new VerifyFix.Test();
        test.TestState.Sources.Add(("/0/Attributes.cs", PackageAttribute));
        test.TestState.Sources.Add(("/0/Debug.cs", """
            using System.Diagnostics;
            using FirmwareGuard;

            static class Debug
            {
                /// <summary>Prints when tracing is on.</summary>
                [Conditional("TRACE")]
                public static void {|FG0901:Trace|}(string format, params object?[] args) => Demo.Log.Printf(format, args);
            }
            """));
        test.FixedState.Sources.Add(("/0/Attributes.cs", PackageAttribute));
        test.FixedState.Sources.Add(("/0/Debug.cs", """
            using System.Diagnostics;
            using FirmwareGuard;

            static class Debug
            {
                /// <summary>Prints when tracing is on.</summary>
                [Conditional("TRACE")]
                [PrintfShim]
                public static void Trace(string format, params object?[] args) => Demo.Log.Printf(format, args);
            }
            """));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task QualifiesTheAttributeWhereItsNameWouldBeAmbiguous()
    {
        const string Attribute = """
            namespace MyCo
            {
                [System.AttributeUsage(System.AttributeTargets.Method)]
                public sealed class PrintfShimAttribute : System.Attribute { }
            }
            """;
        var test = new VerifyFix.Test();
        test.TestState.Sources.Add(("/0/Attribute.cs", Attribute));
        test.TestState.Sources.Add(("/0/Debug.cs", """
            using Demo;
            using MyCo;

            static class Debug
            {
                public static void {|FG0901:Trace|}(string format, params object?[] args) => Log.Printf(format, args);
            }
            """));
        test.FixedState.Sources.Add(("/0/Attribute.cs", Attribute));
        test.FixedState.Sources.Add(("/0/Debug.cs", """
            using Demo;
            using MyCo;

            static class Debug
            {
                [MyCo.PrintfShim]
                public static void Trace(string format, params object?[] args) => Log.Printf(format, args);
            }
            """));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task NoFixWithoutAnAttributeThatCanMarkTheMethod()
    {
        // The shim library (and its public attribute) is not referenced: the only types named
        // PrintfShimAttribute are private to Lib, or cannot be put on a method.
        const string Source = """
            using System;

            static class Lib
            {
                [AttributeUsage(AttributeTargets.Method)]
                private sealed class PrintfShimAttribute : Attribute { }

                [PrintfShim]
                public static void Printf(string format, params object?[] args) { }
            }

            namespace Elsewhere
            {
                [AttributeUsage(AttributeTargets.Class)]
                public sealed class PrintfShimAttribute : Attribute { }
            }

            static class Debug
            {
                public static void {|FG0901:Trace|}(string format, params object?[] args) => Lib.Printf(format, args);
            }
            """;
        await WithoutShimLibrary(Source).RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task NoFixWhenNoAttributeCanCarryTheDialect()
    {
        // Lib's attribute names the dialect but is private; the public one has no way to take it.
        const string Source = """
            using System;

            static class Lib
            {
                [AttributeUsage(AttributeTargets.Method)]
                private sealed class PrintfShimAttribute : Attribute
                {
                    public PrintfShimAttribute(string dialect) { }
                }

                [PrintfShim("seabios")]
                public static void Dprintf(string format, params object?[] args) { }
            }

            namespace Elsewhere
            {
                [AttributeUsage(AttributeTargets.Method)]
                public sealed class PrintfShimAttribute : Attribute
                {
                    public string? Dialect { get; }
                }
            }

            static class Debug
            {
                public static void {|FG0901:Bios|}(string format, params object?[] args) => Lib.Dprintf(format, args);
            }
            """;
        await WithoutShimLibrary(Source).RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task NoFixAfterAMemberWithASyntaxError()
    {
        // An attribute inserted before Bios would be read as an index into the previous member's
        // expression: `=> Demo.Log.Printf(format, args) [PrintfShim("seabios")]`.
        const string Source = """
            static class Debug
            {
                [Demo.PrintfShim]
                public static void Trace(string format, params object?[] args) => Demo.Log.Printf(format, args){|CS1002:|}

                public static void {|FG0901:Bios|}(string format, params object?[] args) => Demo.Log.Dprintf(format, args);
            }
            """;
        await new VerifyFix.Test { TestCode = Source, FixedCode = Source }.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task FixAllAcrossTwoDocumentsAndTwoProjects()
    {
        const string First = """
            static class Debug
            {
                public static void {|FG0901:Trace|}(string format, params object?[] args) => Demo.Log.Printf(format, args);

                public static void {|FG0901:Bios|}(string format, params object?[] args) => Demo.Log.Dprintf(format, args);
            }
            """;
        const string FirstFixed = """
            using FirmwareGuard;

            static class Debug
            {
                [PrintfShim]
                public static void Trace(string format, params object?[] args) => Demo.Log.Printf(format, args);

                [PrintfShim("seabios")]
                public static void Bios(string format, params object?[] args) => Demo.Log.Dprintf(format, args);
            }
            """;
        const string Second = """
            using FirmwareGuard;

            static class Console
            {
                public static void {|FG0901:Write|}(string format, params System.ReadOnlySpan<object?> args) => Demo.Log.PrintfSpan(format, args);
            }
            """;
        const string SecondFixed = """
            using FirmwareGuard;

            static class Console
            {
                [PrintfShim]
                public static void Write(string format, params System.ReadOnlySpan<object?> args) => Demo.Log.PrintfSpan(format, args);
            }
            """;
        const string Third = """
            using Demo;

            static class Other
            {
                public static void {|FG0901:Trace|}(string format, params object?[] args) => Log.Printf(format, args);
            }
            """;
        const string ThirdFixed = """
            using Demo;

            static class Other
            {
                [PrintfShim]
                public static void Trace(string format, params object?[] args) => Log.Printf(format, args);
            }
            """;
        await VerifyFix.FixAllAcrossTwoDocumentsAndTwoProjects(
            UnmarkedWrapperFix.AddPrintfShimKey,
            (First, FirstFixed),
            (Second, SecondFixed),
            (Third, ThirdFixed),
            incrementalIterations: 4,
            shared: PackageAttribute);
    }

    private static VerifyFix.Test WithoutShimLibrary(string source)
    {
        var test = new VerifyFix.Test { TestCode = source, FixedCode = source };
        test.SolutionTransforms.Add((solution, projectId) =>
            solution.RemoveMetadataReference(projectId, ShimLibrary.GetReferenceAsync().GetAwaiter().GetResult()));
        return test;
    }
}
