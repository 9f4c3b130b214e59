namespace FirmwareGuard.Benchmarks.Corpus;

/// <summary>
/// A member the buggy corpus adds to one device class in <see cref="CorpusGenerator.DeclarationInterval"/>,
/// producing exactly one diagnostic with <see cref="RuleId"/>: the configuration rules look at how
/// shims are declared, not at calls. <c>$DEV$</c> is the device number, which keeps the name unique.
/// </summary>
internal sealed class PlantedDeclaration
{
    private PlantedDeclaration(string ruleId, string member)
    {
        RuleId = ruleId;
        Member = member;
    }

    public string RuleId { get; }

    public string Member { get; }

    public static readonly PlantedDeclaration[] All =
    [
        // A wrapper that forwards its format and arguments to the shim unchanged, without [PrintfShim].
        new("FG0901", """internal static void Trace$DEV$(string format, params object[] args) => Log.Printf(format, args);"""),

        // A shim whose attribute misspells its dialect.
        new("FG0903", """[PrintfShim("hvmloadr")] internal static void EarlyPrintf$DEV$(string format, params object[] args) => Console.Write(format.Length + args.Length);"""),
    ];
}
