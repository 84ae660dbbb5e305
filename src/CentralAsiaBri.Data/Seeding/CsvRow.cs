using System.Globalization;
using System.Text.RegularExpressions;
using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding;

/// <summary>
/// One record of a data file with typed, checked access to its fields. Every failed check records a
/// <see cref="DataError"/> naming the file, line and column, and returns a placeholder so the remaining
/// fields are still checked: a maintainer sees every problem in one run, not the first one only.
/// </summary>
internal sealed partial class CsvRow(string file, int line, IReadOnlyDictionary<string, string> fields, List<DataError> errors)
{
    public string File { get; } = file;

    public int Line { get; } = line;

    public void Error(string column, string reason) => errors.Add(new DataError(File, Line, column, reason));

    /// <summary>The raw fields by column.</summary>
    public IReadOnlyDictionary<string, string> Fields => fields;

    /// <summary>The trimmed field, or null when blank.</summary>
    public string? Optional(string column)
    {
        var value = fields[column].Trim();
        return value.Length == 0 ? null : value;
    }

    public string Required(string column)
    {
        var value = Optional(column);
        if (value is null)
        {
            Error(column, "a value is required");
        }
        return value ?? "";
    }

    /// <summary>A slug: lowercase letters and digits in words joined by single hyphens.</summary>
    public string Slug(string column)
    {
        var value = Required(column);
        if (value.Length > 0 && !SlugPattern().IsMatch(value))
        {
            Error(column, $"'{value}' is not a valid id (lowercase letters and digits, words joined by '-')");
        }
        return value;
    }

    public double Number(string column)
    {
        var text = Required(column);
        if (text.Length == 0)
        {
            return 0;
        }
        if (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value))
        {
            return value;
        }
        Error(column, $"'{text}' is not a number (use digits with '.' as decimal separator, no thousands separator)");
        return 0;
    }

    /// <summary>A number as written, or null when blank (a gap in the source stays a gap).</summary>
    public double? OptionalNumber(string column) => Optional(column) is null ? null : Number(column);

    public int Integer(string column)
    {
        var text = Required(column);
        if (text.Length == 0)
        {
            return 0;
        }
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        Error(column, $"'{text}' is not a whole number");
        return 0;
    }

    public int? OptionalYear(string column)
    {
        var text = Optional(column);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2200)
        {
            return year;
        }
        Error(column, $"'{text}' is not a year (four digits)");
        return null;
    }

    public bool Boolean(string column)
    {
        var text = Required(column);
        switch (text)
        {
            case "true": return true;
            case "false": return false;
            case "": return false;
            default:
                Error(column, $"'{text}' is not 'true' or 'false'");
                return false;
        }
    }

    public Qualifier Qualifier(string column)
    {
        var text = Required(column);
        if (text.Length == 0)
        {
            return Model.Qualifier.Exact;
        }
        if (QualifierSymbols.TryParse(text, out var qualifier))
        {
            return qualifier;
        }
        Error(column, $"'{text}' is not a qualifier (one of {string.Join(' ', QualifierSymbols.All)})");
        return Model.Qualifier.Exact;
    }

    public T Enum<T>(string column)
        where T : struct, Enum
    {
        var text = Required(column);
        return text.Length == 0 ? default : ParseEnum<T>(column, text) ?? default;
    }

    public T? OptionalEnum<T>(string column)
        where T : struct, Enum
    {
        var text = Optional(column);
        return text is null ? null : ParseEnum<T>(column, text);
    }

    /// <summary>A full ISO date (yyyy-MM-dd).</summary>
    public DateOnly? OptionalDate(string column)
    {
        var text = Optional(column);
        if (text is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Error(column, $"'{text}' is not a date (yyyy-mm-dd)");
        return null;
    }

    public DateOnly Date(string column)
    {
        if (Optional(column) is null)
        {
            Error(column, "a value is required");
            return default;
        }
        return OptionalDate(column) ?? default;
    }

    /// <summary>An ISO date that may be partial: 2025, 2025-06 or 2025-06-17.</summary>
    public string? OptionalPartialDate(string column)
    {
        var text = Optional(column);
        if (text is null)
        {
            return null;
        }
        var valid = text.Length switch
        {
            4 => DateOnly.TryParseExact(text + "-01-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            7 => DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            10 => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => false,
        };
        if (!valid)
        {
            Error(column, $"'{text}' is not an ISO date (yyyy, yyyy-mm or yyyy-mm-dd)");
        }
        return text;
    }

    public string PartialDate(string column)
    {
        if (Optional(column) is null)
        {
            Error(column, "a value is required");
            return "";
        }
        return OptionalPartialDate(column) ?? "";
    }

    /// <summary>A ';'-separated list; blank is empty.</summary>
    public IReadOnlyList<string> List(string column) =>
        (Optional(column) ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public T? Reference<T>(string column, Lookup<T> lookup)
        where T : class
    {
        var id = Required(column);
        return id.Length == 0 ? null : Resolve(column, id, lookup);
    }

    public T? OptionalReference<T>(string column, Lookup<T> lookup)
        where T : class
    {
        var id = Optional(column);
        return id is null ? null : Resolve(column, id, lookup);
    }

    public List<T> References<T>(string column, Lookup<T> lookup, bool required = false)
        where T : class
    {
        var ids = List(column);
        if (required && ids.Count == 0)
        {
            Error(column, $"at least one {lookup.What} is required");
        }
        var result = new List<T>(ids.Count);
        foreach (var id in ids)
        {
            if (Resolve(column, id, lookup) is { } target)
            {
                if (result.Contains(target))
                {
                    Error(column, $"{lookup.What} '{id}' is listed twice");
                }
                else
                {
                    result.Add(target);
                }
            }
        }
        return result;
    }

    /// <summary>
    /// The row's citations: "paper §3 ¶2; paper-ref5" is two citations. Each starts with a source id from
    /// sources.csv; what follows it is the location in that source.
    /// </summary>
    public List<Citation> Citations(string column, Lookup<Source> sources)
    {
        var parts = List(column);
        if (parts.Count == 0)
        {
            Error(column, "every row needs at least one citation (a source id from sources.csv, then its location)");
            return [];
        }
        var citations = new List<Citation>(parts.Count);
        foreach (var part in parts)
        {
            var space = part.IndexOf(' ', StringComparison.Ordinal);
            var sourceId = space < 0 ? part : part[..space];
            var location = space < 0 ? null : part[(space + 1)..].Trim();
            if (Resolve(column, sourceId, sources) is not null)
            {
                citations.Add(new Citation { SourceId = sourceId, Location = string.IsNullOrEmpty(location) ? null : location });
            }
        }
        return citations;
    }

    private T? Resolve<T>(string column, string id, Lookup<T> lookup)
        where T : class
    {
        if (lookup.TryGet(id, out var target))
        {
            return target;
        }
        // A lookup whose own file was rejected cannot tell a dangling reference from a missing row:
        // its file's errors are reported already, so do not bury them under consequences.
        if (lookup.IsComplete)
        {
            Error(column, $"unknown {lookup.What} '{id}' (not in {lookup.File})");
        }
        return null;
    }

    private T? ParseEnum<T>(string column, string text)
        where T : struct, Enum
    {
        // Files spell values in kebab case ("under-construction"); enum names are Pascal case.
        if (KebabPattern().IsMatch(text)
            && System.Enum.TryParse<T>(text.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var value))
        {
            return value;
        }
        Error(column, $"'{text}' is not one of: {string.Join(", ", System.Enum.GetNames<T>().Select(ToKebabCase))}");
        return null;
    }

    internal static string ToKebabCase(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex SlugPattern();

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabPattern();
}
