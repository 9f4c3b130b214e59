using System.Collections.Generic;
using System.Linq;

namespace FirmwareGuard.Benchmarks.Measurement;

/// <summary>The median every table reports: the middle value, or the mean of the two middle ones.</summary>
internal static class Median
{
    public static double Of(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
