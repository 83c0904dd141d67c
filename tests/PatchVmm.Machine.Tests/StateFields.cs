using System.Text.Json;

namespace PatchVmm.Machine.Tests;

/// <summary>Flattens a state dump (DESIGN.md §6) into "path → value" fields — "gr.r5",
/// "ar.bsp", "rr[3]", "nat" (the list joined) — so two states compare field by field.</summary>
internal static class StateFields
{
    public static SortedDictionary<string, string> Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Flatten(doc.RootElement, "", fields);
        return fields;
    }

    private static void Flatten(JsonElement e, string path, SortedDictionary<string, string> fields)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    Flatten(p.Value, path.Length == 0 ? p.Name : $"{path}.{p.Name}", fields);
                }

                break;
            case JsonValueKind.Array when path == "nat":
                fields[path] = string.Join(",", e.EnumerateArray().Select(x => x.GetString()).Order(StringComparer.Ordinal));
                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (var x in e.EnumerateArray())
                {
                    Flatten(x, $"{path}[{i++}]", fields);
                }

                break;
            default:
                fields[path] = e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText();
                break;
        }
    }
}
