using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FirmwareGuard.Firmware.Explaining;
using FirmwareGuard.Firmware.Runtime;
using FirmwareGuard.Firmware.Simulation;

namespace FirmwareGuard.Firmware.Reports;

/// <summary>
/// A run's "explanation" object in the JSON report: the findings of <see cref="LogExplanation"/> as data,
/// each with the sentence the text report prints. Lines are indices into the run's "log"; arguments are
/// 0-based indices into the printf call's arguments; a slot's part is whole, lower-half or upper-half.
/// </summary>
internal static class JsonExplanation
{
    public static void Write(Utf8JsonWriter json, SimulationRun run)
    {
        var explanation = LogExplanation.Of(run);
        json.WriteStartObject("explanation");
        Objects(json, "garbledLines", explanation.Garbled, line =>
        {
            json.WriteNumber("line", line.Line);
            json.WriteString("text", line.Text);
            json.WriteString("format", line.Reading.Trace.Format);
            Objects(json, "directives", line.Reading.Directives, directive =>
            {
                json.WriteString("directive", directive.Directive);
                json.WriteString("printed", directive.Printed);
                json.WritePropertyName("meantFor");
                JsonSerializer.Serialize(json, directive.MeantFor);
                Slots(json, "read", directive.Read);
                json.WriteBoolean("asMeant", directive.AsMeant);
            });
            Slots(json, "neverPrinted", line.Reading.NeverPrinted);
            json.WriteString("explanation", line.Reading.Explanation);
        });
        Objects(json, "consoleCuts", explanation.Cuts, cut =>
        {
            json.WriteNumber("line", cut.Line);
            json.WriteString("text", cut.Text);
            json.WriteBoolean("emptyLineAfter", cut.EmptyLineAfter);
            json.WriteString("explanation", cut.Explanation);
        });
        Objects(json, "joinedLines", explanation.Joins, join =>
        {
            json.WriteNumber("line", join.Line);
            json.WriteString("message", join.Message);
            json.WriteString("explanation", join.Explanation);
        });
        Objects(json, "splitValues", explanation.SplitValues, value =>
        {
            json.WriteString("printed", value.Printed);
            json.WriteString("value", Hex.Of(value.Value));
        });
        json.WriteString("splitValuesExplanation", explanation.SplitValuesExplanation);
        Objects(json, "barFlags", explanation.FlaggedBars, flagged =>
        {
            var bar = flagged.Bar;
            json.WriteString("bdf", bar.Bdf.ToString());
            json.WriteString("bar", bar.Name);
            json.WriteString("registerValue", Hex.Of(bar.RegisterValue!.Value));
            json.WriteString("base", Hex.Of(bar.Base!.Value));
            json.WriteString("flags", Hex.Of(bar.Flags));
            json.WritePropertyName("meanings");
            JsonSerializer.Serialize(json, flagged.Meanings.Select(meaning => meaning.Meaning));
        });
        json.WriteString("barFlagsExplanation", explanation.FlagsExplanation);
        json.WriteString("glossary", run.PciSetupRan ? MemoryMap.Glossary : null);
        json.WriteEndObject();
    }

    private static void Slots(Utf8JsonWriter json, string name, IReadOnlyList<Slot> slots) =>
        Objects(json, name, slots, slot =>
        {
            json.WriteNumber("argument", slot.Argument);
            json.WriteString("part", slot.Part switch { SlotPart.LowerHalf => "lower-half", SlotPart.UpperHalf => "upper-half", _ => "whole" });
            json.WriteString("value", slot.Kind == SlotKind.Integer ? Hex.Of(slot.Value) : slot.Text);
        });

    /// <summary>An array of objects, one per item, each written by <paramref name="write"/>.</summary>
    private static void Objects<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, System.Action<T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
