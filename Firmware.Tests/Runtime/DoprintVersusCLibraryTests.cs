using System;
using System.Linq;
using FirmwareGuard.Firmware.Runtime;
using FirmwareGuard.Firmware.Tests.CLibrary;
using Xunit;

namespace FirmwareGuard.Firmware.Tests.Runtime;

/// <summary>Doprint equals glibc's printf wherever hvmloader's printf and C agree.</summary>
public sealed class DoprintVersusCLibraryTests(ReferencePrintf reference) : IClassFixture<ReferencePrintf>
{
    private const int Cases = 3000;

    [Fact]
    public void RandomCallsInTheAgreeingSubsetPrintWhatGlibcPrints()
    {
        var generator = new AgreeingCaseGenerator(new Random(20130624));
        var cases = Enumerable.Range(0, Cases).Select(_ => generator.Next()).ToArray();

        var expected = reference.Print(cases.Select(c => c.C).ToArray());

        var mismatches = cases
            .Select((call, index) => (call, Expected: expected[index], Actual: Emit(call)))
            .Where(result => result.Expected != result.Actual)
            .Select(result => $"format {Show(result.call.Format)} with ({string.Join(", ", result.call.Arguments.Select(Describe))}): "
                + $"glibc {Show(result.Expected)}, Doprint {Show(result.Actual)}")
            .ToArray();
        Assert.True(mismatches.Length == 0, $"{mismatches.Length} of {Cases} differ:\n" + string.Join("\n", mismatches.Take(10)));
    }

    [Fact]
    public void TheGeneratorCoversEveryConversionFlagAndArgumentType()
    {
        var generator = new AgreeingCaseGenerator(new Random(20130624));
        var cases = Enumerable.Range(0, Cases).Select(_ => generator.Next()).ToArray();
        var formats = string.Concat(cases.Select(c => c.Format));
        var types = cases.SelectMany(c => c.Arguments).Select(a => a!.GetType()).Distinct().Count();

        foreach (var piece in new[] { "%d", "%u", "%o", "%x", "%X", "%s", "%c", "%%", "ld", "lu", "lo", "lx", "lX", "%0", "%-", "\0" })
        {
            Assert.Contains(piece, formats + string.Concat(cases.SelectMany(c => c.Arguments).OfType<string>()), StringComparison.Ordinal);
        }

        Assert.Equal(13, types);
    }

    private static string Emit(AgreeingCase call)
    {
        try
        {
            return Doprint.Emit(call.Format, call.Arguments);
        }
        catch (FirmwareFault fault)
        {
            return "fault: " + fault.Message;
        }
    }

    private static string Describe(object? argument) => argument switch
    {
        string text => $"{Show(text)}",
        _ => $"({argument!.GetType().Name}){argument}",
    };

    private static string Show(string text) =>
        "\"" + string.Concat(text.Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\x{(int)c:x2}")) + "\"";
}
