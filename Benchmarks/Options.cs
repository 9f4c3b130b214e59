using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FirmwareGuard.Benchmarks.Corpus;

namespace FirmwareGuard.Benchmarks;

/// <summary>The command line: which measurements to run, on which corpora, how often.</summary>
internal sealed class Options
{
    public const string Usage =
        "options: --sizes N,N,N --shapes dense,sparse --iterations N --warmups N --seed N [--charge-pauses] " +
        "| --real-build [--corpus-shim-calls N --builds N --seed N] " +
        "| --single-document [--corpus-shim-calls N --iterations N --warmups N --seed N]";

    public IReadOnlyList<int> Sizes { get; private set; } = [1_000, 10_000, 100_000];

    public IReadOnlyList<CorpusShape> Shapes { get; private set; } = [CorpusShape.Dense, CorpusShape.Sparse];

    public int Iterations { get; private set; } = 5;

    public int Warmups { get; private set; } = 1;

    public int Seed { get; private set; } = 2013;

    /// <summary>Run every analyzer wrapped to measure the collection pauses inside its callbacks (in-process only).</summary>
    public bool ChargePauses { get; private set; }

    public bool RealBuild { get; private set; }

    public bool SingleDocument { get; private set; }

    /// <summary>The size of the sparse corpus of the real build and of the single document: about 150k lines at 3,600 shim calls.</summary>
    public int CorpusShimCalls { get; private set; } = 3_600;

    public int Builds { get; private set; } = 3;

    public bool InProcess => !RealBuild && !SingleDocument;

    /// <summary>The options, or null (with the reason written to <paramref name="error"/>) when one is unknown or malformed.</summary>
    public static Options? Parse(IReadOnlyList<string> args, out string error)
    {
        var options = new Options();
        error = string.Empty;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--real-build":
                    options.RealBuild = true;
                    continue;
                case "--single-document":
                    options.SingleDocument = true;
                    continue;
                case "--charge-pauses":
                    options.ChargePauses = true;
                    continue;
            }

            if (value is null)
            {
                error = $"{args[i]} needs a value; {Usage}";
                return null;
            }

            i++;
            switch (args[i - 1])
            {
                case "--sizes":
                    options.Sizes = value.Split(',').Select(Number).ToArray();
                    break;
                case "--shapes":
                    options.Shapes = value.Split(',').Select(shape => Enum.Parse<CorpusShape>(shape, ignoreCase: true)).ToArray();
                    break;
                case "--iterations":
                    options.Iterations = Number(value);
                    break;
                case "--warmups":
                    options.Warmups = Number(value);
                    break;
                case "--seed":
                    options.Seed = Number(value);
                    break;
                case "--corpus-shim-calls":
                    options.CorpusShimCalls = Number(value);
                    break;
                case "--builds":
                    options.Builds = Number(value);
                    break;
                default:
                    error = $"unknown option {args[i - 1]}; {Usage}";
                    return null;
            }
        }

        return options;
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
