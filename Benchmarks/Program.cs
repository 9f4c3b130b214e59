using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FirmwareGuard.Benchmarks.Measurement;
using FirmwareGuard.Benchmarks.Report;

// dotnet run -c Release --project Benchmarks [-- --sizes 1000,10000,100000 --iterations 5 --warmups 1 --seed 2013]
var sizes = new[] { 1_000, 10_000, 100_000 };
var iterations = 5;
var warmups = 1;
var seed = 2013;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--sizes":
            sizes = args[i + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
            break;
        case "--iterations":
            iterations = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            break;
        case "--warmups":
            warmups = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            break;
        case "--seed":
            seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            break;
        default:
            Console.Error.WriteLine($"unknown option {args[i]}; options: --sizes N,N,N --iterations N --warmups N --seed N");
            return 2;
    }
}

var compiler = new CorpusCompiler();
Console.Error.WriteLine($"FirmwareGuard analyzers: {string.Join(", ", compiler.AnalyzersOf(Mode.FirmwareGuard).Select(a => a.GetType().Name))}; CA2241: {string.Join(", ", compiler.AnalyzersOf(Mode.Ca2241).Select(a => a.GetType().Name))}");
var benchmark = new SizeBenchmark(compiler, Console.Error);
benchmark.WarmUp(seed + 1, rounds: 6);
var results = new List<SizeResult>();
foreach (var size in sizes)
{
    results.Add(benchmark.Measure(size, seed, warmups, iterations));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:yyyy-MM-dd}, {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, Roslyn {typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version}, seed {seed}"));
Console.WriteLine();
TableWriter.Write(Console.Out, results);
if (benchmark.Problems.Count > 0)
{
    Console.WriteLine();
    Console.WriteLine("FAILED: the diagnostic counts do not match the manifest:");
    foreach (var problem in benchmark.Problems)
    {
        Console.WriteLine("- " + problem);
    }

    return 1;
}

return 0;
