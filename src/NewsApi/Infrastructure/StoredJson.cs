namespace NewsApi.Infrastructure;

/// <summary>
/// A JSON body that is already serialised (the read model's stored view): its bytes go to the response as they are.
/// It carries no OpenAPI metadata of its own: each endpoint that returns it also declares the typed result whose
/// body it equals (<c>Ok&lt;ArticleResponse&gt;</c>, <c>Created&lt;ArticleResponse&gt;</c>), which the description shows.
/// </summary>
public sealed class StoredJson : IResult, IStatusCodeHttpResult
{
    private readonly ReadOnlyMemory<byte> utf8;
    private readonly int statusCode;
    private readonly string? location;
    private readonly NewsApi.Data.PooledBytes? pooled;

    public StoredJson(byte[] utf8, int statusCode = StatusCodes.Status200OK, string? location = null)
    {
        this.utf8 = utf8;
        this.statusCode = statusCode;
        this.location = location;
    }

    /// <summary>A 200 whose body is in a pooled buffer, returned to the pool when the request's resources are disposed (after the response).</summary>
    public StoredJson(NewsApi.Data.PooledBytes body)
    {
        utf8 = body.Memory;
        statusCode = StatusCodes.Status200OK;
        pooled = body;
    }

    public int? StatusCode => statusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        if (pooled is not null)
        {
            response.RegisterForDispose(pooled);
        }

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
