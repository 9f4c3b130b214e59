using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FirmwareGuard.Benchmarks.Corpus;

/// <summary>
/// The settings the buggy corpus gives every file: a <c>firmwareguard.printf_shims</c> list with a
/// misspelt method of the corpus's own shim type (FG0904) and a type no project has (FG0905), one
/// diagnostic each.
/// </summary>
internal sealed class PlantedShimSettings : AnalyzerConfigOptionsProvider
{
    public const string MissingShimRuleId = "FG0904";
    public const string UnresolvedTypeRuleId = "FG0905";

    private static readonly AnalyzerConfigOptions Settings = new Options(new Dictionary<string, string>
    {
        ["firmwareguard.printf_shims"] = "Firmware.Corpus.Log.Prinft, Vendor.Uart.Printf",
    });

    public static readonly AnalyzerConfigOptionsProvider None = new Empty();

    public override AnalyzerConfigOptions GlobalOptions => Settings;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Settings;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Settings;

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> values;

        public Options(Dictionary<string, string> values) => this.values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }

    private sealed class Empty : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions NoSettings = new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions => NoSettings;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => NoSettings;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => NoSettings;
    }
}
