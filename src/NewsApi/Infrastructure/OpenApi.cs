using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace NewsApi.Infrastructure;

public static class OpenApiSetup
{
    public const string ApiKeyScheme = "ApiKey";

    public static IServiceCollection AddNewsApiOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(o =>
        {
            o.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "NewsApi",
                Version = "v1",
                Description = "Turns news articles into metadata, extractive summaries and key facts (figures, dates, parties, quotes). " +
                    "Every fact and sentence carries UTF-16 offsets into the stored body (end exclusive): text == body[start..end]. " +
                    "Errors are application/problem+json (RFC 9457). Writes need an X-Api-Key header.",
            });
            o.AddSecurityDefinition(ApiKeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyMiddleware.HeaderName,
                Description = "Key from NewsApi:ApiKeys. The Development profile accepts dev-local-key.",
            });
            o.OperationFilter<ApiKeyOperationFilter>();
            o.OperationFilter<CsvOperationFilter>();
            o.OperationFilter<ExamplesOperationFilter>();
            o.SupportNonNullableReferenceTypes();
            o.CustomSchemaIds(t => t.IsGenericType
                ? t.Name[..t.Name.IndexOf('`', StringComparison.Ordinal)] + "Of" + string.Concat(t.GetGenericArguments().Select(a => a.Name))
                : t.Name);
        });
        return services;
    }
}

/// <summary>Marks the operations behind <see cref="ApiKeyMiddleware"/> as needing the key, so Swagger UI sends it.</summary>
public sealed class ApiKeyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var needsKey = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ApiKeyRequirement>().Any();
        if (!needsKey)
        {
            return;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(OpenApiSetup.ApiKeyScheme, context.Document)] = [],
        });
    }
}

/// <summary>Endpoint metadata: the endpoint requires an API key.</summary>
public sealed record ApiKeyRequirement;
