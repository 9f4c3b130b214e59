using System.Linq;
using System.Threading.Tasks;
using Xunit;
using VerifyFG = FirmwareGuard.Tests.Verifiers.Verify<FirmwareGuard.Rules.CallAnalyzer>;

namespace FirmwareGuard.Tests.Idioms;

/// <summary>
/// Firmware idioms in the style of hvmloader, SeaBIOS and EDK2: a correct one raises nothing, a
/// defective one raises exactly the diagnostics it marks.
/// </summary>
public class IdiomTests
{
    [Theory]
    [MemberData(nameof(IdiomCorpus.Names), MemberType = typeof(IdiomCorpus))]
    public async Task AnIdiomRaisesExactlyWhatItMarks(string name)
    {
        await VerifyFG.Analyzer(IdiomPlatform.With(IdiomCorpus.Named(name)));
    }

    [Fact]
    public void HalfTheIdiomsAreCorrectAndHalfHaveAPlantedDefect()
    {
        var correct = IdiomCorpus.All.Count(idiom => idiom.IsCorrect);
        var defective = IdiomCorpus.All.Length - correct;
        Assert.True(correct >= 30 && defective >= 30, $"{correct} correct and {defective} defective idioms");
        Assert.InRange(correct - defective, -5, 5);
    }

    [Fact]
    public void EveryItemHasACorrectIdiomAndADefectiveTwin()
    {
        var lopsided = IdiomCorpus.All
            .GroupBy(idiom => idiom.Item)
            .Where(item => !item.Any(idiom => idiom.IsCorrect) || item.All(idiom => idiom.IsCorrect))
            .Select(item => item.Key);
        Assert.Empty(lopsided);
    }

    [Fact]
    public void IdiomNamesAreUnique()
    {
        Assert.Equal(IdiomCorpus.All.Length, IdiomCorpus.All.Select(idiom => idiom.Name).Distinct().Count());
    }
}
