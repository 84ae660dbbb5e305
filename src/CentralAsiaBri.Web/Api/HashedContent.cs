using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CentralAsiaBri.Web.Api;

/// <summary>
/// A response body sent with a strong ETag (a digest of the bytes) and answered with 304 Not Modified when
/// the client already holds it (If-None-Match). Clients may keep it but must revalidate (no-cache): the data
/// changes whenever a maintainer imports, and the validator makes the check cheap.
/// </summary>
public sealed class HashedContent(byte[] body, string contentType, string? downloadName = null) : IResult
{
    public string ETag { get; } = $"\"{Convert.ToBase64String(SHA256.HashData(body), 0, 18).Replace('+', '-').Replace('/', '_')}\"";

    public static HashedContent Json<T>(HttpContext context, T payload)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        return new HashedContent(JsonSerializer.SerializeToUtf8Bytes(payload, options), "application/json; charset=utf-8");
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.Headers.ETag = ETag;
        response.Headers.CacheControl = "no-cache";
        if (IsHeldByClient(httpContext.Request))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.ContentType = contentType;
        if (downloadName is not null)
        {
            response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = downloadName, FileName = downloadName }.ToString();
        }
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, httpContext.RequestAborted);
    }

    private bool IsHeldByClient(HttpRequest request)
    {
        var tags = request.GetTypedHeaders().IfNoneMatch;
        var current = new EntityTagHeaderValue(ETag);
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }
}
