using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace FirmwareGuard.Tests.Verifiers;

/// <summary><see cref="ShimSources"/> compiled once against the tests' reference assemblies.</summary>
internal static class ShimLibrary
{
    private static readonly Lazy<Task<MetadataReference>> Reference = new(BuildAsync);

    public static Task<MetadataReference> GetReferenceAsync() => Reference.Value;

    private static async Task<MetadataReference> BuildAsync()
    {
        var references = await ReferenceAssemblies.Net.Net80.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = TestCompilation.Create("Demo.Shims", new[] { TestCompilation.Parse(ShimSources.Text) }, references);
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException("The test shim library does not compile: " + string.Join("; ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
