namespace FirmwareGuard.Benchmarks.Report;

/// <summary>The performance targets the tables are held to.</summary>
internal static class Targets
{
    /// <summary>FirmwareGuard's summed callback time over CA2241's on the same clean corpus, at 10k and 100k shim calls.</summary>
    public const double RatioToCa2241 = 1.5;

    public const double RatioToCa2241Stretch = 1.0;

    /// <summary>The smallest corpus the ratio target applies to.</summary>
    public const int RatioFromShimCalls = 10_000;

    public const double CompileShare = 0.03;

    /// <summary>µs per shim call at the largest size over at the smallest.</summary>
    public const double Growth = 1.5;

    /// <summary>The generator's time in a real build, in milliseconds.</summary>
    public const double GeneratorMs = 5;
}
