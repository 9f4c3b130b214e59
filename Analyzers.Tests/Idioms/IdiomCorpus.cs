using System.Collections.Generic;
using System.Linq;

namespace FirmwareGuard.Tests.Idioms;

/// <summary>Every idiom of the corpus, by area.</summary>
internal static class IdiomCorpus
{
    public static readonly Idiom[] All = SplitValueIdioms.All
        .Concat(LineIdioms.All)
        .Concat(RelocationIdioms.All)
        .Concat(BarIdioms.All)
        .Concat(WrapperIdioms.All)
        .Concat(TableIdioms.All)
        .ToArray();

    public static IEnumerable<object[]> Names => All.Select(idiom => new object[] { idiom.Name });

    public static Idiom Named(string name) => All.Single(idiom => idiom.Name == name);
}
