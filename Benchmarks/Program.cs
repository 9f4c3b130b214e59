using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FirmwareGuard.Benchmarks;
using FirmwareGuard.Benchmarks.Corpus;
using FirmwareGuard.Benchmarks.Measurement;
using FirmwareGuard.Benchmarks.RealBuild;
using FirmwareGuard.Benchmarks.Report;

// dotnet run -c Release --project Benchmarks [-- --sizes 1000,10000,100000 --shapes dense,sparse --iterations 5 --warmups 1 --seed 2013 --charge-pauses]
// dotnet run -c Release --project Benchmarks -- --real-build [--corpus-shim-calls 3600 --builds 3]
// dotnet run -c Release --project Benchmarks -- --single-document [--corpus-shim-calls 3600 --iterations 5]
var options = Options.Parse(args, out var error);
if (options is null)
{
    Console.Error.WriteLine(error);
    return 2;
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, Roslyn {typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version} (in-process), seed {options.Seed}{(options.ChargePauses ? ", analyzers wrapped to charge collection pauses (--charge-pauses)" : string.Empty)}"));
Console.WriteLine();
var failed = false;
if (options.InProcess)
{
    failed |= !RunInProcess(options);
}

if (options.RealBuild)
{
    var corpus = CorpusGenerator.Generate(options.CorpusShimCalls, CorpusVariant.Clean, options.Seed, CorpusShape.Sparse);
    var result = RealBuildBenchmark.Measure(corpus, options.Builds, Console.Error);
    RealBuildTableWriter.Write(Console.Out, result);
    var warnings = result.Builds.SelectMany(b => b.FirmwareGuardWarnings).Distinct().ToList();
    if (warnings.Count > 0)
    {
        Console.WriteLine();
        Console.WriteLine("FAILED: the clean corpus has FirmwareGuard warnings: " + string.Join("; ", warnings.Take(5)));
        failed = true;
    }

    Console.WriteLine();
}

if (options.SingleDocument)
{
    var corpus = CorpusGenerator.Generate(options.CorpusShimCalls, CorpusVariant.Clean, options.Seed, CorpusShape.Sparse);
    var benchmark = new SingleDocumentBenchmark(new CorpusCompiler(), Console.Error);
    SingleDocumentTableWriter.Write(Console.Out, benchmark.Measure(corpus, options.Warmups, options.Iterations));
}

return failed ? 1 : 0;

static bool RunInProcess(Options options)
{
    var compiler = new CorpusCompiler(options.ChargePauses);
    Console.Error.WriteLine($"FirmwareGuard analyzers: {string.Join(", ", compiler.AnalyzersOf(Mode.FirmwareGuard).Select(CorpusCompiler.NameOf))}; CA2241: {string.Join(", ", compiler.AnalyzersOf(Mode.Ca2241).Select(CorpusCompiler.NameOf))}");
    var benchmark = new SizeBenchmark(compiler, Console.Error);
    benchmark.WarmUp(options.Shapes, options.Seed + 1, rounds: 6);
    var results = new List<SizeResult>();
    foreach (var shape in options.Shapes)
    {
        foreach (var size in options.Sizes)
        {
            results.Add(benchmark.Measure(shape, size, options.Seed, options.Warmups, options.Iterations));
        }
    }

    TableWriter.Write(Console.Out, results);
    Console.WriteLine();
    if (benchmark.Problems.Count == 0)
    {
        return true;
    }

    Console.WriteLine("FAILED: the diagnostic counts do not match the manifest:");
    foreach (var problem in benchmark.Problems)
    {
        Console.WriteLine("- " + problem);
    }

    return false;
}
