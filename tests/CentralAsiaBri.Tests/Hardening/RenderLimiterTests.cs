using System.Net;
using CentralAsiaBri.Tests.Support;
using CentralAsiaBri.Web.Hardening;
using Microsoft.Extensions.DependencyInjection;

namespace CentralAsiaBri.Tests.Hardening;

/// <summary>One view built at a time, none waiting: with that turn taken, new views are refused and cached ones are not.</summary>
public sealed class RenderLimiterTests : IDisposable
{
    private sealed class OneAtATimeApp : AppFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Renders:Concurrent"] = "1",
            ["Renders:Queue"] = "0",
        };
    }

    private readonly OneAtATimeApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task While_every_turn_is_taken_a_new_view_gets_503_with_retry_after_and_cached_views_and_files_are_served()
    {
        using var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/projects?country=KZ")).StatusCode);   // cached from now on
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/countries")).StatusCode);

        var turn = await _app.Services.GetRequiredService<RenderLimiter>().AcquireAsync(CancellationToken.None);
        Assert.True(turn.IsAcquired);
        using (turn)
        {
            var page = await client.GetAsync("/projects?country=TJ");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.NotNull(page.Headers.RetryAfter);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/api/v1/projects?country=TJ")).StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/trade/data.csv?countries=TJ")).StatusCode);

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/projects?country=KZ")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/countries")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/projects?country=TJ")).StatusCode);
    }
}
