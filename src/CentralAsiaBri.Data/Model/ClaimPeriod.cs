using System.Globalization;

namespace CentralAsiaBri.Data.Model;

/// <summary>
/// A period of a claim's test, as claims.csv writes it: a calendar year ("2015") or a half-year ("2023-H1"). An
/// evidence figure belongs to it when its period starts and ends on the same days.
/// </summary>
public readonly record struct ClaimPeriod(int Year, int Half)
{
    /// <summary>A whole calendar year (<see cref="Half"/> 0).</summary>
    public bool IsYear => Half == 0;

    public DateOnly Start => new(Year, IsYear || Half == 1 ? 1 : 7, 1);

    public DateOnly End => IsYear || Half == 2 ? new(Year, 12, 31) : new(Year, 6, 30);

    /// <summary>"2015" or "2023-H1", as written in claims.csv (and shown: invariant, like the data's own period labels).</summary>
    public override string ToString() => IsYear
        ? Year.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"H{Half} {Year}");

    /// <summary>The same period one year earlier or later.</summary>
    public ClaimPeriod AddYears(int years) => this with { Year = Year + years };

    public static bool TryParse(string? text, out ClaimPeriod period)
    {
        period = default;
        if (text is null || text.Length < 4 || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1900)
        {
            return false;
        }
        var half = text[4..] switch
        {
            "" => 0,
            "-H1" => 1,
            "-H2" => 2,
            _ => -1,
        };
        if (half < 0)
        {
            return false;
        }
        period = new ClaimPeriod(year, half);
        return true;
    }

    /// <summary>Whether <paramref name="other"/> comes after this period.</summary>
    public bool IsBefore(ClaimPeriod other) => Start < other.Start && End < other.End;
}
