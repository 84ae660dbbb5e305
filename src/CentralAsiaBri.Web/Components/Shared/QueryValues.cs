using System.Globalization;

namespace CentralAsiaBri.Web.Components.Shared;

/// <summary>
/// Parsing of query-string values that pages bind as text: a malformed or out-of-range value is treated as
/// absent, never as a failed request (a typed binding would throw before the page could ignore it).
/// </summary>
public static class QueryValues
{
    public static int? Number(string? value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static bool Bool(string? value) => value is "true" or "1";

    /// <summary>An enum member by name (any case); numbers and comma lists, which Enum.TryParse would accept, are not.</summary>
    public static T? Enum<T>(string? value)
        where T : struct, System.Enum =>
        value is { Length: > 0 } && value.All(char.IsAsciiLetter) && System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed)
            && System.Enum.IsDefined(parsed)
            ? parsed
            : null;
}
