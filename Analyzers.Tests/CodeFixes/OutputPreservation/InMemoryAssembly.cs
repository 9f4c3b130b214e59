using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using FirmwareGuard.Firmware.Runtime;
using Microsoft.CodeAnalysis;

namespace FirmwareGuard.Tests.CodeFixes.OutputPreservation;

/// <summary>Generated calls compiled and loaded in memory, run one by one with their trace.</summary>
public sealed class InMemoryAssembly
{
    private readonly Type cases;
    private readonly System.Text.StringBuilder events;
    private readonly FieldInfo output;

    private InMemoryAssembly(Assembly assembly)
    {
        cases = assembly.GetType("Cases")!;
        events = (System.Text.StringBuilder)assembly.GetType("Trace")!.GetProperty("Events")!.GetValue(null)!;
        output = assembly.GetType("Shim")!.GetField("Output")!;
    }

    /// <summary>The framework's own assemblies and the firmware runtime: what the generated code runs against.</summary>
    public static IReadOnlyList<MetadataReference> References { get; } =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Append(typeof(Doprint).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();

    public static InMemoryAssembly Compile(string name, IEnumerable<string> sources)
    {
        var compilation = TestCompilation.Create(name, sources.Select(source => TestCompilation.Parse(source)), References);
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException(name + " does not compile: " + string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        }

        image.Position = 0;
        return new InMemoryAssembly(new AssemblyLoadContext(name, isCollectible: true).LoadFromStream(image));
    }

    /// <summary>Runs one call: what it printed (null when it threw an OverflowException) and the trace of evaluations.</summary>
    public (string? Output, string Events) Run(string method, ulong[] inputs)
    {
        events.Clear();
        output.SetValue(null, string.Empty);
        try
        {
            cases.GetMethod(method)!.Invoke(null, new object[] { inputs });
            return ((string)output.GetValue(null)!, events.ToString());
        }
        catch (TargetInvocationException exception) when (exception.InnerException is OverflowException)
        {
            return (null, events.ToString());
        }
    }
}
