using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;

namespace CentralAsiaBri.Tests.Dataset;

/// <summary>
/// Our wording says no more than the sources: their hedges ("attempts to", "hopes to", "particularly via",
/// "reached a deal") and their terms are kept, and the overstatements a line-by-line audit found stay out.
/// </summary>
public sealed class SourceWordingTests
{
    private static readonly DataSet s_data = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);

    /// <summary>The English prose of a row: its summary, description or definition.</summary>
    private static string Text(string kind, string id) => kind switch
    {
        "challenge" => Assert.Single(s_data.Challenges, c => c.Id == id).Summary,
        "dimension" => Assert.Single(s_data.Dimensions, d => d.Id == id).Summary,
        "glossary" => Assert.Single(s_data.GlossaryTerms, g => g.Id == id).Definition,
        "project" => Assert.Single(s_data.Projects, p => p.Id == id).Description ?? "",
        "event" => Assert.Single(s_data.Events, e => e.Id == id).Description,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    [Theory]
    [InlineData("challenge", "regional-security-risks", "attempts to use NGOs")]
    [InlineData("challenge", "regional-security-risks", "hopes to exert pressure")]
    [InlineData("challenge", "regional-security-risks", "China, the United States and Russia")]
    [InlineData("glossary", "belt-and-road-initiative", "after China proposed it")]
    [InlineData("glossary", "people-to-people-bonds", "social resilience")]
    [InlineData("dimension", "institutional-coordination", "social adaptability and cultural inclusiveness")]
    [InlineData("project", "shanghai-cooperation-organization-cooperation", "in particular")]
    [InlineData("project", "china-kyrgyzstan-uzbekistan-railway", "only the article ties it to the BRI")]
    [InlineData("event", "batken-solar-deal", "reached a deal")]
    public void Our_wording_keeps_the_hedges_and_terms_of_the_sources(string kind, string id, string phrase)
    {
        Assert.Contains(phrase, Text(kind, id), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("challenge", "regional-security-risks", "Outside powers")] // the paper counts China among them
    [InlineData("glossary", "belt-and-road-initiative", "from the outset")]
    [InlineData("glossary", "middle-corridor", "planned")]
    [InlineData("project", "shanghai-cooperation-organization-cooperation", "main channel")]
    [InlineData("project", "china-kyrgyzstan-uzbekistan-railway", "Both texts")]
    [InlineData("event", "batken-solar-deal", "signed")]
    [InlineData("event", "second-china-central-asia-summit", "is dated 2025-06-18")]
    public void Our_wording_does_not_say_more_than_the_sources(string kind, string id, string phrase)
    {
        Assert.DoesNotContain(phrase, Text(kind, id), StringComparison.Ordinal);
    }

    [Fact]
    public void The_Middle_Corridor_and_the_Trans_Caspian_International_Transportation_Route_are_separate_entries()
    {
        var corridor = Assert.Single(s_data.GlossaryTerms, g => g.Id == "middle-corridor");
        var route = Assert.Single(s_data.GlossaryTerms, g => g.Aliases.Contains("Trans-Caspian International Transportation Route"));

        Assert.NotEqual(corridor.Id, route.Id);
        Assert.Contains("Middle Corridor", corridor.Aliases);
        Assert.DoesNotContain(corridor.Aliases, a => a.Contains("International", StringComparison.Ordinal) || a == "TITR");
    }

    [Fact]
    public void The_wind_power_projects_cite_the_reference_the_paper_gives_for_them()
    {
        var wind = Assert.Single(s_data.Projects, p => p.Id == "kazakhstan-wind-power-projects");

        Assert.Contains(wind.Citations, c => c.SourceId == "paper-ref7");
        Assert.Contains(wind.Citations, c => c.SourceId == "paper" && c.Location == "§3.2 ¶1");
    }

    [Fact]
    public void The_Tashkent_project_status_is_what_the_paper_says_not_what_a_reference_title_says()
    {
        var project = Assert.Single(s_data.Projects, p => p.Id == "tashkent-green-hydrogen-project");
        var start = Assert.Single(s_data.Events, e => e.Id == "tashkent-green-hydrogen-production-start");

        Assert.Equal(ProjectStatus.Ongoing, project.Status);
        // The reference is dated 2025-07-03: production had started on or before that day.
        Assert.Equal((Qualifier.AtMost, "2025-07-03"), (start.DateQualifier, start.Date));
        Assert.Contains(start.Citations, c => c.SourceId == "paper-ref7");
    }
}
