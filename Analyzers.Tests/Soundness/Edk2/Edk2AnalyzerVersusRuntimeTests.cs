using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FirmwareGuard.Dialects;
using Xunit;
using Xunit.Abstractions;

namespace FirmwareGuard.Tests.Soundness.Edk2;

/// <summary>
/// The soundness property for the two EDK2 dialects: random <c>DEBUG()</c>-style calls through a shim
/// marked <c>[PrintfShim("edk2-ia32")]</c> or <c>[PrintfShim("edk2-x64")]</c> are analysed, then printed
/// by the EDK2 reference printer for that architecture with several value sets and compared with the
/// intended printf. (a) A call without an error-severity FirmwareGuard diagnostic prints exactly the
/// intended text. (b) A call with FG0001, FG0002, FG0003 or FG0005 prints differently, or faults, for
/// at least one value set.
/// </summary>
public class Edk2AnalyzerVersusRuntimeTests
{
    private const int CallCount = 1200;
    private const int ValueSets = 6;

    private readonly ITestOutputHelper output;

    public Edk2AnalyzerVersusRuntimeTests(ITestOutputHelper output)
    {
        this.output = output;
    }

    [Theory]
    [InlineData("edk2-ia32", Edk2Architecture.Ia32, 20240702)]
    [InlineData("edk2-x64", Edk2Architecture.X64, 20240703)]
    public async Task CallsTheAnalyzerAcceptsPrintTheIntendedTextAndCallsItFlagsDoNot(string dialect, Edk2Architecture architecture, int seed)
    {
        Assert.True(DialectSet.BuiltIn.TryGet(dialect, out var printer));
        var generator = new Edk2CallGenerator(seed, architecture);
        var calls = Enumerable.Range(0, CallCount).Select(generator.Next).ToList();
        var property = new ShimCallProperty(
            $"PrintfShim(\"{dialect}\")",
            "Print",
            (format, arguments) => Edk2IntendedPrintf.Print(format, arguments, architecture, printer.PrecisionPadsStrings),
            (format, arguments) => Printed(format, arguments, architecture));

        var outcome = await property.Check(calls, seed, ValueSets);

        output.WriteLine($"{dialect}: {outcome}");
        outcome.AssertHolds(leastOfEachKind: 300);
    }

    private static string? Printed(string format, IReadOnlyList<object?> arguments, Edk2Architecture architecture)
    {
        try
        {
            return Edk2ReferencePrinter.Print(format, arguments, architecture);
        }
        catch (Edk2Fault)
        {
            return null;
        }
    }
}
