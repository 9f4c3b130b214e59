using System.Collections.Generic;
using System.Linq;
using System.Text;
using FirmwareGuard.Firmware.Runtime;

namespace FirmwareGuard.Firmware.Explaining;

/// <summary>
/// A printf call read against what its author meant: each C directive with what hvmloader's printer
/// printed and read for it, and the argument slots nothing printed. The call is garbled when a directive
/// did not read its own argument whole, or a slot went unprinted.
/// </summary>
public sealed class PrintfReading
{
    private PrintfReading(PrintfTrace trace, IReadOnlyList<DirectiveEffect> directives)
    {
        Trace = trace;
        Directives = directives;
        NeverPrinted = trace.Unread.ToList();
    }

    public PrintfTrace Trace { get; }

    public IReadOnlyList<DirectiveEffect> Directives { get; }

    public IReadOnlyList<Slot> NeverPrinted { get; }

    public bool Garbled => NeverPrinted.Count > 0 || Directives.Any(directive => !directive.AsMeant);

    /// <summary>What went wrong, in words, with this call's values.</summary>
    public string Explanation => ReadingSentence.Of(this);

    /// <summary>Equal for calls of one format that went wrong the same way, whatever their values.</summary>
    public string Shape =>
        Trace.Format + "|" + string.Join(";", Directives.Select(d => $"{d.Directive}>{string.Join(",", d.Read.Select(Key))}"))
        + "|" + string.Join(",", NeverPrinted.Select(Key));

    public static PrintfReading Of(PrintfTrace trace)
    {
        var format = trace.Format;
        var effects = new List<DirectiveEffect>();
        var arguments = 0;
        foreach (var directive in CDirective.In(format))
        {
            var printed = new StringBuilder();
            var read = new List<Slot>();
            for (var position = directive.Start; position < directive.End;)
            {
                if (trace.Directives.FirstOrDefault(d => d.Start == position) is { } hvmloader)
                {
                    printed.Append(hvmloader.Printed);
                    read.AddRange(hvmloader.Read);
                    position = hvmloader.End;
                }
                else
                {
                    printed.Append(format[position]);
                    position++;
                }
            }

            arguments += directive.Arguments;
            int? meantFor = directive.Arguments == 0 ? null : arguments - 1;
            effects.Add(new DirectiveEffect(directive.Start, format[directive.Start..directive.End], printed.ToString(), meantFor, read));
        }

        return new PrintfReading(trace, effects);
    }

    private static string Key(Slot slot) => $"{slot.Argument}{slot.Part}";
}
