using System.IO.Hashing;
using Microsoft.Net.Http.Headers;

namespace NewsApi.Infrastructure;

/// <summary>
/// Gives every successful GET a weak ETag computed from the response bytes and answers 304 when the client's
/// If-None-Match already has it, so dashboards polling the same query cost a hash, not a transfer. The hash is XXH128
/// (System.IO.Hashing): an ETag needs no cryptographic strength, and over an 11 KB article body it costs a small part
/// of what SHA-256 did. API reads also say how caches may keep them (<c>NewsApi:CacheControl</c>, default
/// <c>no-cache</c>: keep, but revalidate with the ETag) and that they vary by Accept (CSV or JSON from the same URL).
/// </summary>
public sealed class ETagMiddleware(RequestDelegate next, Microsoft.Extensions.Options.IOptionsMonitor<NewsApiOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new ResponseBufferStream();
        context.Response.Body = buffer;
        context.Features.Set(buffer);
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
            context.Features.Set<ResponseBufferStream>(null);
        }

        var body = buffer.Written;
        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers.Append(HeaderNames.Vary, "Accept");
                if (!string.IsNullOrEmpty(options.CurrentValue.CacheControl) && context.Response.Headers.CacheControl.Count == 0)
                {
                    context.Response.Headers.CacheControl = options.CurrentValue.CacheControl;
                }
            }

            var etag = $"W/\"{Convert.ToHexStringLower(XxHash128.Hash(body.Span))}\"";
            context.Response.Headers.ETag = etag;
            if (Matches(context.Request.Headers.IfNoneMatch, etag))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                context.Response.Headers.ContentType = default;
                return;
            }
        }

        // Nothing written, nothing sent: an empty write would start the response, and the status-code pages outside
        // this middleware could no longer give a bare 404 its problem body.
        if (!body.IsEmpty)
        {
            await original.WriteAsync(body, context.RequestAborted);
        }
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0)
        {
            return false;
        }

        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags))
        {
            return false;
        }

        var ours = EntityTagHeaderValue.Parse(etag);
        return tags.Any(t => t.Tag == "*" || t.Compare(ours, useStrongComparison: false));
    }
}

/// <summary>
/// The response body while the ETag is computed: a pooled buffer, or a finished body handed over whole
/// (<see cref="Adopt"/>, used by <see cref="StoredJson"/>), which is then neither copied nor grown.
/// </summary>
public sealed class ResponseBufferStream : Stream
{
    private byte[]? _pooled;
    private ReadOnlyMemory<byte> _adopted;
    private int _length;

    /// <summary>What was written.</summary>
    public ReadOnlyMemory<byte> Written => _pooled is null ? _adopted : _pooled.AsMemory(0, _length);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => Written.Length;

    public override long Position
    {
        get => Length;
        set => throw new NotSupportedException();
    }

    /// <summary>Takes a complete body as the response (nothing may have been written before).</summary>
    public void Adopt(ReadOnlyMemory<byte> body)
    {
        if (_pooled is not null || !_adopted.IsEmpty)
        {
            throw new InvalidOperationException("The response has a body already.");
        }

        _adopted = body;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (!_adopted.IsEmpty)
        {
            throw new InvalidOperationException("The response has a body already.");
        }

        if (_pooled is null || _length + buffer.Length > _pooled.Length)
        {
            var larger = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(4096, Math.Max(_length + buffer.Length, (_pooled?.Length ?? 0) * 2)));
            if (_pooled is not null)
            {
                _pooled.AsSpan(0, _length).CopyTo(larger);
                System.Buffers.ArrayPool<byte>.Shared.Return(_pooled);
            }

            _pooled = larger;
        }

        buffer.CopyTo(_pooled.AsSpan(_length));
        _length += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (_pooled is not null)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(_pooled);
            _pooled = null;
        }

        base.Dispose(disposing);
    }
}
