using System.Linq;
using System.Threading.Tasks;
using FirmwareGuard.Dialects;
using FirmwareGuard.Firmware.Runtime;
using Xunit;
using Xunit.Abstractions;

namespace FirmwareGuard.Tests.Soundness;

/// <summary>
/// The core soundness property for hvmloader: random calls are compiled and analysed, then run through
/// the firmware's printf model with several value sets and compared with C's printf printing the
/// full values. (a) A call without an error-severity FirmwareGuard diagnostic prints exactly what C
/// prints, apart from the cosmetic difference the dialect declares. (b) A call with FG0001, FG0002,
/// FG0003 or FG0005 prints differently, or faults, for at least one value set.
/// </summary>
public class AnalyzerVersusRuntimeTests
{
    private const int Seed = 20130624;
    private const int CallCount = 1200;
    private const int ValueSets = 6;

    private readonly ITestOutputHelper output;

    public AnalyzerVersusRuntimeTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Fact]
    public async Task CallsTheAnalyzerAcceptsPrintWhatCPrintsAndCallsItFlagsDoNot()
    {
        var generator = new CallGenerator(Seed);
        var calls = Enumerable.Range(0, CallCount).Select(generator.Next).ToList();
        var signBeforePadding = DialectSet.BuiltIn.TryGet("hvmloader", out var hvmloader) && hvmloader.SignBeforePadding;
        var property = new ShimCallProperty(
            "PrintfShim",
            "Printf",
            (format, arguments) => ReferencePrintf.Format(format, arguments, signBeforePadding),
            Emitted);

        var outcome = await property.Check(calls, Seed, ValueSets);

        output.WriteLine(outcome.ToString());
        outcome.AssertHolds(leastOfEachKind: 300);
    }

    private static string? Emitted(string format, System.Collections.Generic.IReadOnlyList<object?> arguments)
    {
        try
        {
            return Doprint.Emit(format, arguments);
        }
        catch (FirmwareFault)
        {
            return null;
        }
    }
}
