namespace CentralAsiaBri.BrowserTests;

/// <summary>
/// The browser journeys that only read share one app and one Chromium (starting each takes seconds on two
/// cores). Tests that change the store (the maintainer's import) and the two long site crawls keep their own,
/// so the crawls run beside the journeys.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReaderSite : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Reader site";
}
