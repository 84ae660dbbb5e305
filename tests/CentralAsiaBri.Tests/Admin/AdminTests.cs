using System.Net;
using System.Text;
using System.Text.Json;
using CentralAsiaBri.Tests.Support;
using CentralAsiaBri.Web.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CentralAsiaBri.Tests.Admin;

/// <summary>
/// Maintainers' sign-in and imports over HTTP. Tests that import restore the data they changed, so the
/// class's one app can be shared.
/// </summary>
public sealed class AdminTests(MaintainerApp app) : IClassFixture<MaintainerApp>, IDisposable
{
    private readonly TempDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private (string, byte[]) File(string name) => (name, System.IO.File.ReadAllBytes(Path.Combine(_data.Path, name)));

    private static (string, byte[]) Original(string name) => (name, System.IO.File.ReadAllBytes(Path.Combine(TempDataDirectory.ProjectDataDirectory, name)));

    private static string Fill(string route) => route
        .Replace("{id:int}", "1", StringComparison.Ordinal).Replace("{Id:int}", "1", StringComparison.Ordinal)
        .Replace("{name}", "units.csv", StringComparison.Ordinal);

    [Fact]
    public async Task Every_admin_endpoint_requires_a_maintainer_and_refuses_strangers()
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/admin", StringComparison.Ordinal) && e.RoutePattern.RawText != AdminSetup.SignInPath)
            .ToList();
        using var client = app.CreateBrowserClient();

        // The list comes from the app itself, so a new admin endpoint is checked without touching this test.
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/admin");
        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/admin/import");
        foreach (var endpoint in endpoints)
        {
            var route = endpoint.RoutePattern.RawText!;
            Assert.True(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == AdminSetup.Policy), $"{route} does not require a maintainer");
            var isPage = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
            var methods = isPage ? ["GET", "POST"] : endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods;
            foreach (var method in methods)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), Fill(route));
                request.Headers.Accept.ParseAdd("text/html");
                if (method == "POST")
                {
                    // What the endpoint accepts, so the refusal is the authorization's and not the content type's.
                    request.Content = isPage ? new FormUrlEncodedContent([]) : new MultipartFormDataContent { { new StringContent("id\n"), "files", "units.csv" } };
                }
                var response = await client.SendAsync(request);
                var refused = response.StatusCode == HttpStatusCode.Unauthorized
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains(AdminSetup.SignInPath, StringComparison.Ordinal));
                Assert.True(refused, $"{method} {route} answered {response.StatusCode} to a stranger");
            }
        }
    }

    [Fact]
    public async Task Nothing_outside_the_admin_area_accepts_writes()
    {
        var writers = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Any(m => m is not ("GET" or "HEAD" or "OPTIONS")) == true)
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is null)
            .Select(e => e.RoutePattern.RawText!).ToList();

        // Pages accept their own form posts (guarded by antiforgery); any other writing endpoint is an admin one.
        Assert.Equal(["/admin/import"], writers);
    }

    [Fact]
    public async Task A_wrong_password_does_not_sign_in_and_a_right_one_does()
    {
        using var client = app.CreateBrowserClient();

        var wrong = await MaintainerApp.SignInAsync(client, MaintainerApp.Name, "not the password");
        var stillOut = await client.GetAsync("/admin");
        var right = await MaintainerApp.SignInAsync(client, MaintainerApp.Name, MaintainerApp.Password);
        var inside = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("do not match", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, stillOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(new Uri("http://localhost/admin"), new Uri(new Uri("http://localhost/"), right.Headers.Location!));
        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
        Assert.Contains($"Signed in as <strong>{MaintainerApp.Name}</strong>", await inside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("/\t/evil.example/")]
    public async Task Sign_in_never_sends_the_browser_to_another_site(string returnUrl)
    {
        using var client = app.CreateBrowserClient();

        var response = await MaintainerApp.SignInAsync(client, MaintainerApp.Name, MaintainerApp.Password, returnUrl);

        Assert.Equal(new Uri("http://localhost/admin"), new Uri(new Uri("http://localhost/"), response.Headers.Location!));
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_refused_with_400()
    {
        using var client = await app.SignedInClientAsync();
        var before = await app.FingerprintAsync();

        var response = await MaintainerApp.UploadAsync(client, [Original("units.csv")], withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await app.FingerprintAsync());
    }

    [Fact]
    public async Task An_upload_past_the_size_limit_is_refused_with_413()
    {
        using var client = await app.SignedInClientAsync();
        var padding = Encoding.UTF8.GetBytes(new string('x', MaintainerApp.UploadLimit + 1));

        var response = await MaintainerApp.UploadAsync(client, [("units.csv", padding)]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_file_with_one_bad_row_is_rejected_with_its_line_and_changes_nothing()
    {
        using var client = await app.SignedInClientAsync();
        var before = await app.FingerprintAsync();
        var line = _data.SetField("projects.csv", "id", "batken-solar-power-plant", "status", "finished-maybe");

        var json = await MaintainerApp.UploadAsync(client, [File("projects.csv")], wantJson: true);
        var page = await MaintainerApp.UploadAsync(client, [File("projects.csv")]);
        var report = await client.GetStringAsync(page.Headers.Location);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, json.StatusCode);
        var error = Assert.Single(JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(("projects.csv", line, "status"), (error.GetProperty("file").GetString(), error.GetProperty("line").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Equal(before, await app.FingerprintAsync());
        Assert.Contains($"projects.csv line {line}, column &#x27;status&#x27;", report, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_good_file_is_applied_recorded_and_shown_at_once()
    {
        using var client = await app.SignedInClientAsync();
        using var reader = app.CreateClient();
        var (_, row) = _data.FindRow("trade_observations.csv", r => r["reporter_id"] == "china-gac" && r["partner_id"] == "KZ" && r["flow"] == "turnover");
        var observations = $"/api/v1/indicators/trade-value/observations?pageSize=500";
        var tradePage = "/trade?countries=KZ";
        // Read first, so the old answers sit in the output cache.
        Assert.DoesNotContain("123456.5", await reader.GetStringAsync(observations), StringComparison.Ordinal);
        Assert.DoesNotContain("123456.5", await reader.GetStringAsync(tradePage), StringComparison.Ordinal);
        _data.SetField("trade_observations.csv", "id", row["id"], "value", "123456.5");

        try
        {
            var response = await MaintainerApp.UploadAsync(client, [File("trade_observations.csv")]);
            var report = await client.GetStringAsync(response.Headers.Location);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("Applied", report, StringComparison.Ordinal);
            Assert.Contains($"By {MaintainerApp.Name} (web)", report, StringComparison.Ordinal);
            Assert.Contains("123456.5", await reader.GetStringAsync(observations), StringComparison.Ordinal);
            Assert.Contains("123456.5", await reader.GetStringAsync(tradePage), StringComparison.Ordinal);
        }
        finally
        {
            Assert.Equal(HttpStatusCode.OK, (await MaintainerApp.UploadAsync(client, [Original("trade_observations.csv")], wantJson: true)).StatusCode);
        }
    }

    [Fact]
    public async Task A_Comtrade_download_under_its_portal_name_is_imported_as_its_file_and_the_trade_page_shows_its_composition_at_once()
    {
        using var client = await app.SignedInClientAsync();
        using var reader = app.CreateClient();
        Assert.Contains("data-testid=\"no-product-data\"", await reader.GetStringAsync("/trade"), StringComparison.Ordinal);
        var download = UpstreamFiles.Csv(UpstreamFiles.ComtradeColumns,
            [UpstreamFiles.Comtrade("CHN", "M", "TKM", "2023", "27", "Mineral fuels, mineral oils and products of their distillation", "9500000000")]);
        try
        {
            var json = await MaintainerApp.UploadAsync(client, [("TradeData_12_4_2026.csv", download)], wantJson: true);
            var page = await MaintainerApp.UploadAsync(client, [("TradeData_12_4_2026.csv", download)]);
            var report = await client.GetStringAsync(page.Headers.Location);

            Assert.Equal(HttpStatusCode.OK, json.StatusCode);
            var recognised = Assert.Single(JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement.GetProperty("recognised").EnumerateArray());
            Assert.Equal("comtrade_trade.csv", recognised.GetProperty("dataFile").GetString());
            Assert.Contains("TradeData_12_4_2026.csv was recognised by its header", report, StringComparison.Ordinal);
            var trade = await reader.GetStringAsync("/trade");
            Assert.Contains("data-mix-reporter=\"un-comtrade-china-reported\"", trade, StringComparison.Ordinal);
            Assert.Contains("HS section V (chapters 25–27)", System.Net.WebUtility.HtmlDecode(trade), StringComparison.Ordinal);
        }
        finally
        {
            Assert.Equal(HttpStatusCode.OK, (await MaintainerApp.UploadAsync(client, [Original("comtrade_trade.csv")], wantJson: true)).StatusCode);
        }
    }

    [Fact]
    public async Task Only_csv_data_files_are_accepted()
    {
        using var client = await app.SignedInClientAsync();
        var before = await app.FingerprintAsync();

        var response = await MaintainerApp.UploadAsync(client, [("photo.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0])], wantJson: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("only CSV data files can be imported", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await app.FingerprintAsync());
    }

    [Fact]
    public async Task Markup_in_imported_text_is_shown_as_text_in_pages_and_chart_labels()
    {
        using var client = await app.SignedInClientAsync();
        using var reader = app.CreateClient();
        const string Attack = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        _data.SetField("projects.csv", "id", "batken-solar-power-plant", "name", "Batken " + Attack);
        _data.SetField("reporters.csv", "id", "china-gac", "name", "Customs " + Attack);

        try
        {
            var response = await MaintainerApp.UploadAsync(client, [File("projects.csv"), File("reporters.csv")], wantJson: true);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            foreach (var url in new[] { "/projects/batken-solar-power-plant", "/projects", "/trade?countries=KZ" })
            {
                var html = await reader.GetStringAsync(url);
                Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
                Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
                Assert.Contains("&lt;script&gt;alert", html, StringComparison.Ordinal);
            }
        }
        finally
        {
            await MaintainerApp.UploadAsync(client, [Original("projects.csv"), Original("reporters.csv")], wantJson: true);
        }
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var client = await app.SignedInClientAsync();
        var fields = await MaintainerApp.FormFieldsAsync(client, "/admin", "form:not([enctype])");

        var response = await client.PostAsync("/admin", new FormUrlEncodedContent(fields));
        var after = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains(AdminSetup.SignInPath, after.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_import_is_not_found()
    {
        using var client = await app.SignedInClientAsync();

        var response = await client.GetAsync("/admin/imports/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>An app of its own, since the test changes its maintainer's password.</summary>
public sealed class SessionRevocationTests : IDisposable
{
    private readonly MaintainerApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Changing_a_maintainers_password_ends_the_sessions_made_with_the_old_one()
    {
        using var client = await _app.SignedInClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);

        var configuration = _app.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>();
        configuration["Maintainers:Accounts:0:PasswordHash"] = MaintainerCredentials.Hash("a new passphrase");
        _app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitorCache<MaintainerOptions>>().Clear();
        var after = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains(AdminSetup.SignInPath, after.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
