using System.Security.Claims;
using CentralAsiaBri.Data.Faults;
using CentralAsiaBri.Data.Import;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Web.Store;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CentralAsiaBri.Web.Admin;

/// <summary>Marks an endpoint that accepts uploads: requests past the configured size get 413 before anything reads them.</summary>
public sealed class UploadLimitMetadata;

public static class AdminEndpoints
{
    /// <summary>Form fields "base:NAME" carry the SHA-256 of each current file as the admin page showed it.</summary>
    public const string BasePrefix = "base:";

    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin").RequireAuthorization(AdminSetup.Policy).ExcludeFromDescription();

        // The form on /admin posts here (multipart, with the antiforgery token the form carries: binding a form
        // makes the token mandatory). Browsers are sent to the report page; scripts asking for JSON get the report.
        admin.MapPost("/import", async (IFormFileCollection files, HttpContext context, DataImporter importer, CancellationToken cancellationToken) =>
        {
            var uploads = new List<ImportFile>(files.Count);
            foreach (var file in files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, cancellationToken);
                uploads.Add(new ImportFile(Path.GetFileName(file.FileName), buffer.ToArray()));
            }
            var maintainer = context.User.FindFirstValue(ClaimTypes.Name) ?? "unknown";
            ImportReport report;
            try
            {
                // The form names the version of each current file it showed ("base:NAME" = SHA-256): see DataImporter.
                var basedOn = context.Request.Form.Where(field => field.Key.StartsWith(BasePrefix, StringComparison.Ordinal))
                    .ToDictionary(field => field.Key[BasePrefix.Length..], field => field.Value.ToString(), StringComparer.Ordinal);
                report = await importer.ImportAsync(uploads, maintainer, "web", basedOn, cancellationToken);
            }
            catch (StoreUnavailableException ex) when (WantsJson(context.Request))
            {
                // A script gets the reason and when to come back; a browser gets the site's "unavailable" page
                // from the exception handler (503 as well).
                context.Response.Headers.RetryAfter = ((int)ex.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The import was not applied; nothing was changed",
                    detail: ex.Message);
            }
            if (report.Applied)
            {
                await DataCache.EvictAsync(context.RequestServices, cancellationToken);
            }
            if (!WantsJson(context.Request))
            {
                return Results.Redirect($"/admin/imports/{report.RecordId}", permanent: false, preserveMethod: false);
            }
            return report.Applied
                ? Results.Ok(new { importId = report.RecordId, outcome = "applied", changes = report.Changes, recognised = report.Recognised })
                : report.Conflict
                ? Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Another import changed these files first; nothing was changed",
                    extensions: new Dictionary<string, object?> { ["importId"] = report.RecordId, ["errors"] = report.Errors })
                : Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The import was rejected; nothing was changed",
                    extensions: new Dictionary<string, object?> { ["importId"] = report.RecordId, ["errors"] = report.Errors, ["recognised"] = report.Recognised });
        }).WithMetadata(new UploadLimitMetadata());

        admin.MapGet("/files/{name}", async (string name, ImportLogQueries log, CancellationToken cancellationToken) =>
            await log.GetCurrentFileAsync(name, cancellationToken) is { } content
                ? Results.File(content, "text/csv; charset=utf-8", name)
                : Results.NotFound());

        // Whatever was uploaded is handed back as an attachment of opaque bytes, never rendered.
        admin.MapGet("/imports/{id:int}/files/{name}", async (int id, string name, ImportLogQueries log, CancellationToken cancellationToken) =>
            await log.GetImportedFileAsync(id, name, cancellationToken) is { } content
                ? Results.File(content, "application/octet-stream", CsvDataSetReader.FileNames.Contains(name) ? name : "upload.bin")
                : Results.NotFound());
        return app;
    }

    private static bool WantsJson(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>
    /// Refuses an upload larger than <see cref="ImportOptions.MaxUploadBytes"/> with 413 before the antiforgery
    /// check or the form reader touches the body; a body without a length is cut off by the server at the same size.
    /// Runs after routing and authorization, so an anonymous upload is refused with 401 first.
    /// </summary>
    public static IApplicationBuilder UseUploadLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<UploadLimitMetadata>() is null)
        {
            await next();
            return;
        }
        var limit = context.RequestServices.GetRequiredService<IOptions<ImportOptions>>().Value.MaxUploadBytes;
        if (context.Request.ContentLength > limit)
        {
            await TooLargeAsync(context, limit);
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
        context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
        if (context.Request.HasFormContentType)
        {
            // Read (and buffer) the form here, where a body without a declared length that runs past the limit
            // can still be answered with 413; the antiforgery check and the endpoint then reuse it.
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (Exception ex) when ((ex is InvalidDataException && ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
                || (ex is BadHttpRequestException bad && bad.StatusCode == StatusCodes.Status413PayloadTooLarge))
            {
                // The form readers' length limits ("Multipart body length limit … exceeded") and Kestrel's body limit.
                await TooLargeAsync(context, limit);
                return;
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException)
            {
                // Malformed multipart: a bad request, not a large one.
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }
        }
        await next();
    });

    private static async Task TooLargeAsync(HttpContext context, long limit)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        var written = await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "The upload is too large",
                Detail = $"Uploads may be at most {limit} bytes.",
            },
        });
        if (!written)
        {
            // A browser's form post asks for HTML, which no problem writer produces: plain text then.
            await context.Response.WriteAsync($"The upload is too large: at most {limit} bytes.", context.RequestAborted);
        }
    }
}
