using System.Net;
using CentralAsiaBri.Tests.Admin;
using CentralAsiaBri.Tests.Store;
using CentralAsiaBri.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CentralAsiaBri.Tests.Faults;

/// <summary>
/// Two instances on one PostgreSQL database, a maintainer on each, importing at the same moment. The same file
/// from the same starting version: one import wins, the other is told 409 (it would have undone the first).
/// Different files: both apply, the later one validated against the earlier. Never a 500, never a half-write.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class ConcurrentImportTests : IAsyncLifetime
{
    private string _connectionString = "";

    public async Task InitializeAsync() => _connectionString = await PostgresServer.Instance.CreateEmptyDatabaseAsync();

    public Task DisposeAsync() => PostgresServer.Instance.DropDatabaseAsync(_connectionString);

    [Fact]
    public async Task Two_instances_importing_at_once_never_fail_and_never_lose_a_change()
    {
        using var a = new PostgresInstance(_connectionString);
        using var b = new PostgresInstance(_connectionString);
        await Task.WhenAll(Task.Run(() => a.Services), Task.Run(() => b.Services));
        var onA = await SignedInAsync(a);
        var onB = await SignedInAsync(b);
        using var data = new TempDataDirectory();
        var (_, row) = data.FindRow("trade_observations.csv", _ => true);

        // Same file, same starting version (both forms opened before either import).
        var formA = await MaintainerApp.ImportFormFieldsAsync(onA);
        var formB = await MaintainerApp.ImportFormFieldsAsync(onB);
        var fromA = Edited(data, "trade_observations.csv", row["id"], "value", "1001.5");
        var fromB = Edited(data, "trade_observations.csv", row["id"], "value", "2002.5");
        var responses = await Task.WhenAll(
            Task.Run(() => MaintainerApp.UploadAsync(onA, [("trade_observations.csv", fromA)], wantJson: true, formFields: formA)),
            Task.Run(() => MaintainerApp.UploadAsync(onB, [("trade_observations.csv", fromB)], wantJson: true, formFields: formB)));
        var statuses = responses.Select(r => r.StatusCode).Order().ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
        var winner = responses[0].StatusCode == HttpStatusCode.OK ? "1001.5" : "2002.5";
        var loser = winner == "1001.5" ? "2002.5" : "1001.5";
        var conflict = await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).Content.ReadAsStringAsync();
        Assert.Contains("another import changed this file", conflict, StringComparison.Ordinal);
        var served = await a.CreateClient().GetStringAsync($"/api/v1/indicators/trade-value/observations?pageSize=500&x={Guid.NewGuid():N}");
        Assert.Contains(winner, served, StringComparison.Ordinal);
        Assert.DoesNotContain(loser, served, StringComparison.Ordinal);

        // Different files at once, each on a fresh form: both apply.
        formA = await MaintainerApp.ImportFormFieldsAsync(onA);
        formB = await MaintainerApp.ImportFormFieldsAsync(onB);
        var (_, unit) = data.FindRow("units.csv", _ => true);
        var units = Edited(data, "units.csv", unit["id"], "name", unit["name"] + " (edited on B)");
        var trade = Edited(data, "trade_observations.csv", row["id"], "value", "3003.5");
        responses = await Task.WhenAll(
            Task.Run(() => MaintainerApp.UploadAsync(onA, [("trade_observations.csv", trade)], wantJson: true, formFields: formA)),
            Task.Run(() => MaintainerApp.UploadAsync(onB, [("units.csv", units)], wantJson: true, formFields: formB)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Contains("3003.5", await b.CreateClient().GetStringAsync($"/api/v1/indicators/trade-value/observations?pageSize=500&x={Guid.NewGuid():N}"), StringComparison.Ordinal);
    }

    private static async Task<HttpClient> SignedInAsync(PostgresInstance app)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        Assert.Equal(HttpStatusCode.Redirect, (await MaintainerApp.SignInAsync(client, MaintainerApp.Name, MaintainerApp.Password)).StatusCode);
        return client;
    }

    private static byte[] Edited(TempDataDirectory data, string file, string id, string column, string value)
    {
        data.SetField(file, "id", id, column, value);
        return File.ReadAllBytes(Path.Combine(data.Path, file));
    }
}
