using System.Globalization;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Web.Components.Shared;
using CentralAsiaBri.Web.Downloads;
using CentralAsiaBri.Web.Features.Observations;
using CsvHelper.Configuration;

namespace CentralAsiaBri.Web.Features.Claims;

/// <summary>
/// A claim of the documents as the API gives it: the statement (the document's observation), how it was read and
/// tested, each reporter's line and the verdict, computed from the store like the /claims page (ADR-025). Verdicts and
/// reasons are kebab-case codes; a reason's arguments are invariant text (numbers with '.' and no rounding).
/// </summary>
public sealed record ApiClaim(
    string Id,
    ApiObservation Statement,
    string Test,
    string? Indicator,
    string? Area,
    IReadOnlyList<string> Partners,
    string? Flow,
    string? ProductGroup,
    IReadOnlyList<string> Reporters,
    string? From,
    string? To,
    string AbsentRows,
    string EvidenceScope,
    double? TolerancePercent,
    string Basis,
    IReadOnlyList<ApiCitation> Citations,
    string Verdict,
    string Reason,
    IReadOnlyList<string> ReasonArguments,
    IReadOnlyList<ApiClaimLine> Lines);

/// <summary>One reporter's evidence (in one currency): the figures used, the computed result, verdict and reason.</summary>
public sealed record ApiClaimLine(
    string? Reporter,
    string? ReporterName,
    string? Currency,
    double? Result,
    string Verdict,
    string Reason,
    IReadOnlyList<string> ReasonArguments,
    IReadOnlyList<ApiObservation> Figures);

public static class ClaimRecords
{
    public static ApiClaim From(ClaimResult result)
    {
        var c = result.Claim;
        return new ApiClaim(c.Id, ObservationRecords.From(c.Stated), Labels.Kebab(c.Test), c.IndicatorId, c.AreaId, c.PartnerIds,
            c.Flow is { } flow ? Labels.Kebab(flow) : null, c.ProductGroup, c.ReporterIds, c.From?.ToString(), c.To?.ToString(),
            Labels.Kebab(c.AbsentRows), Labels.Kebab(c.EvidenceScope), c.TolerancePercent, c.Basis, ApiCitations.From(c.Citations),
            Labels.Kebab(result.Verdict), Labels.Kebab(result.Reason), Arguments(result.Arguments),
            [.. result.Lines.Select(l => new ApiClaimLine(l.ReporterId, l.ReporterName, l.Currency, l.Figure, Labels.Kebab(l.Verdict), Labels.Kebab(l.Reason),
                Arguments(l.Arguments), [.. l.Inputs.Select(ObservationRecords.From)]))]);
    }

    /// <summary>
    /// The claims as one CSV: a row per line (reporter and currency) of each claim, the claim's columns repeated; a claim
    /// without lines has one row with the line's columns blank.
    /// </summary>
    public static byte[] Csv(IEnumerable<ApiClaim> claims) =>
        CsvFile.Write(claims.SelectMany(c => c.Lines.Count == 0 ? [ClaimCsvRow.Of(c, null)] : c.Lines.Select(l => ClaimCsvRow.Of(c, l))), new ClaimCsvMap());

    private static string[] Arguments(IEnumerable<object> arguments) =>
        [.. arguments.Select(a => a is double d ? d.ToString("R", CultureInfo.InvariantCulture) : Convert.ToString(a, CultureInfo.InvariantCulture) ?? "")];
}

/// <summary>A row of /api/v1/claims.csv: the claim's columns, then one line's (the figures by id, with their sources and terms).</summary>
public sealed record ClaimCsvRow(string Claim, string Statement, string Test, string Indicator, string Area, string Partners, string Flow, string ProductGroup, string From, string To, string TolerancePercent, string Basis, string Verdict, string Reason, string ReasonArguments, string Reporter, string Currency, string Result, string LineVerdict, string LineReason, string LineReasonArguments, string Figures, string FigureSources, string Terms, string Sources)
{
    public static ClaimCsvRow Of(ApiClaim c, ApiClaimLine? l) => new(
        c.Id, c.Statement.Id, c.Test, c.Indicator ?? "", c.Area ?? "", string.Join(";", c.Partners), c.Flow ?? "", c.ProductGroup ?? "",
        c.From ?? "", c.To ?? "", c.TolerancePercent?.ToString("R", CultureInfo.InvariantCulture) ?? "", c.Basis, c.Verdict, c.Reason,
        string.Join(" | ", c.ReasonArguments), l?.Reporter ?? "", l?.Currency ?? "", l?.Result?.ToString("R", CultureInfo.InvariantCulture) ?? "",
        l?.Verdict ?? "", l?.Reason ?? "", l is null ? "" : string.Join(" | ", l.ReasonArguments), l is null ? "" : string.Join(";", l.Figures.Select(f => f.Id)),
        l is null ? "" : ApiCitations.CsvText(l.Figures.SelectMany(f => f.Sources).DistinctBy(x => x.Label)),
        l is null ? "" : string.Join(" | ", l.Figures.SelectMany(f => f.Sources).Select(x => x.Terms).OfType<string>().Distinct()),
        ApiCitations.CsvText(c.Citations));
}

public sealed class ClaimCsvMap : ClassMap<ClaimCsvRow>
{
    public ClaimCsvMap()
    {
        Map(r => r.Claim).Name("claim");
        Map(r => r.Statement).Name("statement");
        Map(r => r.Test).Name("test");
        Map(r => r.Indicator).Name("indicator");
        Map(r => r.Area).Name("area");
        Map(r => r.Partners).Name("partners");
        Map(r => r.Flow).Name("flow");
        Map(r => r.ProductGroup).Name("product_group");
        Map(r => r.From).Name("from");
        Map(r => r.To).Name("to");
        Map(r => r.TolerancePercent).Name("tolerance_percent");
        Map(r => r.Basis).Name("basis");
        Map(r => r.Verdict).Name("verdict");
        Map(r => r.Reason).Name("reason");
        Map(r => r.ReasonArguments).Name("reason_arguments");
        Map(r => r.Reporter).Name("reporter");
        Map(r => r.Currency).Name("currency");
        Map(r => r.Result).Name("result");
        Map(r => r.LineVerdict).Name("line_verdict");
        Map(r => r.LineReason).Name("line_reason");
        Map(r => r.LineReasonArguments).Name("line_reason_arguments");
        Map(r => r.Figures).Name("figures");
        Map(r => r.FigureSources).Name("figure_sources");
        Map(r => r.Terms).Name("terms");
        Map(r => r.Sources).Name("sources");
    }
}
