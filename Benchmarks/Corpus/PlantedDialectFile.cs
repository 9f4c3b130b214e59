using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FirmwareGuard.Benchmarks.Corpus;

/// <summary>
/// The dialect file the buggy corpus adds to the project (FG0902, one diagnostic): a board's UART
/// printf whose <c>%llx</c> is described as reading three 32-bit slots, which no conversion can.
/// </summary>
internal sealed class PlantedDialectFile : AdditionalText
{
    public const string RuleId = "FG0902";

    private const string Text = """
        # The board's UART console.
        [uart]
        description = the board's UART printf
        unknown = print-character
        x = hex 1 32 width zero
        llx = hex 3 64 width zero
        """;

    public override string Path => "uart.printf-dialects.ini";

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(Text);
}
