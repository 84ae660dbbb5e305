namespace CentralAsiaBri.Data.Model;

/// <summary>The rows that can be translated and their translatable fields.</summary>
public static class TranslationKinds
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Fields { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["country"] = ["name"],
        ["dimension"] = ["name", "summary"],
        ["pillar"] = ["name", "summary"],
        ["indicator"] = ["name", "description"],
        ["unit"] = ["name", "symbol"],
        ["glossary"] = ["term", "definition", "aliases"],
        ["challenge"] = ["title", "summary"],
        ["recommendation"] = ["title", "summary"],
        ["headline"] = ["label"],
        ["event"] = ["title", "description"],
        ["project"] = ["description"],
        ["observation"] = ["product_group", "period"],
        ["reporter"] = ["name"],
        ["institution"] = ["name"],
        ["claim"] = ["basis"],
    };

    /// <summary>The languages a translation can be in (English is the data's own language).</summary>
    public static IReadOnlyList<string> Languages { get; } = ["zh", "ru"];
}
