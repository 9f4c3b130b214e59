using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace FirmwareGuard.Firmware.Scenarios;

/// <summary>A value in a scenario file with its path ("devices[0].bars[1].size"), read with errors that name that path.</summary>
internal readonly record struct JsonField(JsonElement Value, string Path)
{
    /// <summary>The object's fields, after rejecting any not in <paramref name="known"/>.</summary>
    public IReadOnlyDictionary<string, JsonField> Object(params string[] known)
    {
        Expect(JsonValueKind.Object, "an object");
        var fields = new Dictionary<string, JsonField>(StringComparer.Ordinal);
        foreach (var property in Value.EnumerateObject())
        {
            var path = Path.Length == 0 ? property.Name : $"{Path}.{property.Name}";
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new ScenarioError($"{path}: unknown field (known here: {string.Join(", ", known)})");
            }

            if (!fields.TryAdd(property.Name, new JsonField(property.Value, path)))
            {
                throw new ScenarioError($"{path}: given twice");
            }
        }

        return fields;
    }

    public IEnumerable<JsonField> Items()
    {
        Expect(JsonValueKind.Array, "an array");
        var path = Path;
        return Value.EnumerateArray().Select((item, index) => new JsonField(item, $"{path}[{index}]"));
    }

    public string String()
    {
        Expect(JsonValueKind.String, "a string");
        return Value.GetString()!;
    }

    public bool Boolean()
    {
        if (Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw WrongType("true or false");
        }

        return Value.GetBoolean();
    }

    public long Integer(long minimum, long maximum)
    {
        Expect(JsonValueKind.Number, "an integer");
        if (!Value.TryGetInt64(out var number))
        {
            throw TooLarge((maximum + 1).ToString(CultureInfo.InvariantCulture)) ?? new ScenarioError($"{Path}: expected an integer, got {Value.GetRawText()}");
        }

        return number >= minimum && number <= maximum
            ? number
            : throw new ScenarioError($"{Path}: {number} is not in {minimum}..{maximum}");
    }

    /// <summary>One of <paramref name="choices"/>, by its name.</summary>
    public T Choice<T>(IReadOnlyDictionary<string, T> choices)
    {
        var text = String();
        return choices.TryGetValue(text, out var choice)
            ? choice
            : throw new ScenarioError($"{Path}: \"{text}\" is not one of {string.Join(", ", choices.Keys.Select(key => $"\"{key}\""))}");
    }

    /// <summary>A 16-bit identifier: an integer or a hex string such as "0x10de".</summary>
    public ushort Identifier()
    {
        if (Value.ValueKind == JsonValueKind.Number)
        {
            return (ushort)Integer(0, ushort.MaxValue);
        }

        var text = Value.ValueKind == JsonValueKind.String ? Value.GetString()! : throw WrongType("an integer or a hex string such as \"0x10de\"");
        return text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && ushort.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var identifier)
            ? identifier
            : throw new ScenarioError($"{Path}: \"{text}\" is not a 16-bit hex value such as \"0x10de\"");
    }

    /// <summary>A size in bytes: an integer, or a string such as "0x10000000", "256MiB", "4GiB".</summary>
    public ulong Size()
    {
        switch (Value.ValueKind)
        {
            case JsonValueKind.Number:
                return Value.TryGetUInt64(out var bytes)
                    ? bytes
                    : throw TooLarge("2^64") ?? new ScenarioError($"{Path}: {Value.GetRawText()} is not a size in bytes");
            case JsonValueKind.String:
                return Sizes.Parse(Value.GetString()!)
                    ?? throw new ScenarioError($"{Path}: \"{Value.GetString()}\" is not a size (write bytes, \"0x...\", or a number with KiB, MiB, GiB or TiB)");
            default:
                throw WrongType("a size: an integer or a string such as \"256MiB\"");
        }
    }

    /// <summary>
    /// The error for a number too large for any integer field (such as 1e30), quoted as written rather
    /// than expanded; null for any other number.
    /// </summary>
    private ScenarioError? TooLarge(string limit) =>
        Value.TryGetDouble(out var number) && number > long.MaxValue
            ? new ScenarioError($"{Path}: {Value.GetRawText()} is too large: must be an integer below {limit}")
            : null;

    private void Expect(JsonValueKind kind, string what)
    {
        if (Value.ValueKind != kind)
        {
            throw WrongType(what);
        }
    }

    private ScenarioError WrongType(string what) =>
        new($"{(Path.Length == 0 ? "the scenario" : Path)}: expected {what}, got {Describe(Value.ValueKind)}");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
