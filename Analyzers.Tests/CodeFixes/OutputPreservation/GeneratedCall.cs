using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace FirmwareGuard.Tests.CodeFixes.OutputPreservation;

/// <summary>
/// One generated shim call in its own method, <c>CaseN(ulong[] inputs)</c>: locals and fields
/// read from the inputs, then <c>Shim.Printf("[d0] [d1] ...\n", a0, a1, ...)</c> (or the same
/// through <c>Shim.Printn</c> in a declaration of two locals), returning what the shim printed. Every argument that has a side effect logs it through <c>Trace</c>.
/// </summary>
public sealed class GeneratedCall
{
    public GeneratedCall(int id, FixMode mode, IReadOnlyList<Piece> pieces, IReadOnlyList<string> setup, IReadOnlyList<string> fields, IReadOnlyList<string> extras, DeclaredLocal? declared)
    {
        Id = id;
        Mode = mode;
        Pieces = pieces;
        Setup = setup;
        Fields = fields;
        Extras = extras;
        Declared = declared;
    }

    public int Id { get; }

    public FixMode Mode { get; }

    public IReadOnlyList<Piece> Pieces { get; }

    public IReadOnlyList<string> Setup { get; }

    public IReadOnlyList<string> Fields { get; }

    /// <summary>Arguments after the pieces, which no directive reads.</summary>
    public IReadOnlyList<string> Extras { get; }

    /// <summary>A local one piece reads that the call's own statement declares, before the call.</summary>
    public DeclaredLocal? Declared { get; }

    public string MethodName => "Case" + Id;

    public string Format => string.Join(" ", Pieces.Select(p => "[" + p.Directive + "]")) + "\\n";

    /// <summary>The method, inside <c>partial class Cases</c>, as its own compilation unit.</summary>
    public string Source
    {
        get
        {
            var text = new StringBuilder();
            text.AppendLine("public static partial class Cases");
            text.AppendLine("{");
            foreach (var declaration in Fields)
            {
                text.AppendLine("    " + declaration);
            }

            text.Append("    public static string ").Append(MethodName).AppendLine("(ulong[] inputs)");
            text.AppendLine("    {");
            foreach (var statement in Setup)
            {
                text.AppendLine("        " + statement);
            }

            var arguments = string.Join(", ", Pieces.Select(p => p.Expression).Concat(Extras));
            text.AppendLine(Declared is { } declared
                ? $"        {declared.Type} {declared.Name} = unchecked(({declared.Type})inputs[{declared.Input}]), printed = {(declared.Type == "int" ? string.Empty : "(uint)")}Shim.Printn(\"{Format}\", {arguments});"
                : $"        Shim.Printf(\"{Format}\", {arguments});");
            text.AppendLine("        return Shim.Output;");
            text.AppendLine("    }");
            text.AppendLine("}");
            return text.ToString();
        }
    }
}
