namespace NewsApi.Infrastructure;

/// <summary>
/// A JSON body that is already serialised (the read model's stored view): its bytes go to the response as they are.
/// It carries no OpenAPI metadata of its own: each endpoint that returns it also declares the typed result whose
/// body it equals (<c>Ok&lt;ArticleResponse&gt;</c>, <c>Created&lt;ArticleResponse&gt;</c>), which the description shows.
/// </summary>
public sealed class StoredJson(byte[] utf8, int statusCode = StatusCodes.Status200OK, string? location = null) : IResult, IStatusCodeHttpResult
{
    public int? StatusCode => statusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = utf8.Length;
        if (location is not null)
        {
            response.Headers.Location = location;
        }

        // Under the ETag middleware the bytes are handed over as they are, not copied into its buffer.
        if (httpContext.Features.Get<ResponseBufferStream>() is { } buffer && ReferenceEquals(response.Body, buffer))
        {
            buffer.Adopt(utf8);
            return Task.CompletedTask;
        }

        return response.Body.WriteAsync(utf8).AsTask();
    }
}
