using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace NewsApi.Infrastructure;

/// <summary>
/// Turns request-binding failures (malformed JSON, wrong types, missing body, unsupported media type) into
/// ProblemDetails with a detail that says what was wrong. Anything else is a bug: a 500 without internals.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        int status;
        string detail;
        switch (exception)
        {
            case BadHttpRequestException bad when bad.StatusCode == StatusCodes.Status400BadRequest && BindingProblems.Describe(bad) is var (field, message):
                httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
                return await problems.TryWriteAsync(new ProblemDetailsContext
                {
                    HttpContext = httpContext,
                    Exception = exception,
                    ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
                    {
                        Status = StatusCodes.Status400BadRequest,
                        Detail = "One or more fields are invalid: see errors.",
                    },
                });
            case BadHttpRequestException bad:
                status = bad.StatusCode;
                detail = bad.InnerException is JsonException json
                    ? $"The request body is not valid JSON for this operation: {json.Message}"
                    : bad.Message;
                break;
            default:
                logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
                status = StatusCodes.Status500InternalServerError;
                detail = "An unexpected error occurred. It has been logged.";
                break;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Detail = detail },
        });
    }
}

/// <summary>Marks an endpoint with its own request-body limit (bytes).</summary>
public sealed record RequestBodyLimit(long Bytes);

/// <summary>
/// Answers 413 with ProblemDetails when the declared body is larger than the endpoint allows, and caps the
/// server's read limit for bodies without a length.
/// </summary>
public sealed class RequestSizeGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<RequestBodyLimit>()?.Bytes ?? Limits.MaxRequestBytes;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Detail = $"The request body is {context.Request.ContentLength} bytes; this operation accepts at most {limit} bytes.",
                },
            });
            return;
        }

        // Buffer the body so a client's malformed JSON fails inside the deserializer only, never leaving the
        // server's connection reader half-consumed.
        if (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            context.Request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: limit);
        }

        await next(context);
    }
}

/// <summary>Fills in a detail for framework-produced problems (unknown route, wrong method, wrong media type).</summary>
public static class ProblemDefaults
{
    public static void AddDetail(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var request = context.HttpContext.Request;
        problem.Detail ??= problem.Status switch
        {
            StatusCodes.Status404NotFound => $"No resource at {request.Path}. See /swagger for the endpoints.",
            StatusCodes.Status405MethodNotAllowed => $"{request.Method} is not allowed on {request.Path}.",
            StatusCodes.Status415UnsupportedMediaType => "Send the request body as application/json.",
            StatusCodes.Status413PayloadTooLarge => "The request body is larger than this operation accepts.",
            _ => null,
        };
    }

    /// <summary>Validation errors name fields as they appear on the wire: camelCase.</summary>
    public static string? CamelCasePropertyName(Type type, System.Reflection.MemberInfo? member, System.Linq.Expressions.LambdaExpression? expression) =>
        member is null ? null : System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(member.Name);
}
