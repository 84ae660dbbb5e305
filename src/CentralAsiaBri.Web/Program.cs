using CentralAsiaBri.Web.Components;
using CentralAsiaBri.Web.Downloads;
using CentralAsiaBri.Web.Store;

var builder = WebApplication.CreateBuilder(args);

// Serve static assets from the build output in every environment, not only Development: a build (unlike a
// publish) keeps compressed copies outside wwwroot, and without this mapping a browser asking for gzip gets
// an empty body. In a published app the runtime manifest is absent and this does nothing.
builder.WebHost.UseStaticWebAssets();

builder.AddStore();
builder.Services.AddDataCache();
// Static server rendering only: every page is plain HTML that can be output-cached, charts draw themselves
// in the browser (ADR-005). No interactive render mode is registered until a component needs one.
builder.Services.AddRazorComponents();

var app = builder.Build();

await app.InitialiseStoreAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseHttpsRedirection();

app.UseAntiforgery();
app.UseOutputCache();

app.MapStaticAssets();
app.MapHealthChecks("/health");
app.MapDownloads();
app.MapRazorComponents<App>();

await app.RunAsync();
