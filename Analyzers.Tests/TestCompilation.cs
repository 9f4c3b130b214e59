using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FirmwareGuard.Tests;

/// <summary>The one way tests build a compilation of their own: C# 13, nullable enabled, a library unless told otherwise.</summary>
internal static class TestCompilation
{
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp13);

    public static SyntaxTree Parse(string source, string path = "") => CSharpSyntaxTree.ParseText(source, ParseOptions, path);

    public static CSharpCompilation Create(string name, IEnumerable<SyntaxTree> trees, IEnumerable<MetadataReference> references, OutputKind kind = OutputKind.DynamicallyLinkedLibrary) =>
        CSharpCompilation.Create(name, trees, references, new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));
}
