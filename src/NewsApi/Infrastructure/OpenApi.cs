using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using NewsApi.Contracts;
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
            o.SchemaFilter<RequiredFieldsSchemaFilter>();
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

/// <summary>
/// Says which fields a client can count on. Request bodies: the fields the validators insist on (a 400 without them)
/// are required and not nullable, so generated clients make them mandatory; the C# records keep them nullable only to
/// answer a missing field with a validation problem instead of a deserialisation error. Responses of this service:
/// every property the serializer always writes is required (it may still be null where the schema says nullable);
/// the ones left out when null (<c>[JsonIgnore(WhenWritingNull)]</c>, e.g. <c>snippet</c>, <c>trend</c>, the lists
/// of a <c>types=</c>-limited facts answer) stay optional.
/// </summary>
public sealed class RequiredFieldsSchemaFilter : ISchemaFilter
{
    private static readonly Dictionary<Type, string[]> RequestFields = new()
    {
        [typeof(ArticleRequest)] = ["title", "body"],
        [typeof(AnalyzeRequest)] = ["text"],
        [typeof(FetchArticleRequest)] = ["url"],
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is not { Count: > 0 } properties
            || context.Type.Assembly != typeof(RequiredFieldsSchemaFilter).Assembly)
        {
            return;
        }

        concrete.Required ??= new HashSet<string>(StringComparer.Ordinal);
        if (RequestFields.TryGetValue(context.Type, out var fields))
        {
            foreach (var field in fields)
            {
                concrete.Required.Add(field);
                if (properties.TryGetValue(field, out var property) && property is OpenApiSchema typed && typed.Type is { } type)
                {
                    typed.Type = type & ~JsonSchemaType.Null;
                }
            }

            return;
        }

        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<JsonIgnoreAttribute>() is not null)
            {
                continue;
            }

            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (properties.ContainsKey(name))
            {
                concrete.Required.Add(name);
            }
        }
    }
}
