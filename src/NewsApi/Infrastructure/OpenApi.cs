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
            o.SchemaFilter<RequestDatesSchemaFilter>();
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
    /// <summary>The request bodies, with the fields their validators require.</summary>
    internal static readonly Dictionary<Type, string[]> RequestFields = new()
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

/// <summary>
/// A request's dates (<c>publishedAt</c>) are read by System.Text.Json, which takes more than RFC 3339's
/// <c>date-time</c>: a plain date (2013-09-10, the README's own examples), a time without seconds or without an
/// offset, an offset of hours only. Described as <c>date-time</c>, a strict client refused those valid requests, so
/// the schema is a string with the pattern of what the server takes (RequestDateTests sends each form to the
/// server). Responses keep <c>date-time</c>: the service always writes a full RFC 3339 time with its offset.
/// </summary>
public sealed class RequestDatesSchemaFilter : ISchemaFilter
{
    /// <summary>yyyy-MM-dd, optionally THH:mm[:ss[.fraction]] and an offset Z, ±HH:mm or ±HH of at most 14 hours (upper-case T and Z). It checks the shape, not the calendar: 2013-02-30 matches and is a 400.</summary>
    public const string Pattern = @"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d*)?)?(Z|[+-]((0\d|1[0-3])(:[0-5]\d)?|14(:00)?))?)?$";

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { Count: > 0 } properties } || !RequiredFieldsSchemaFilter.RequestFields.ContainsKey(context.Type))
        {
            return;
        }

        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => Nullable.GetUnderlyingType(p.PropertyType) == typeof(DateTimeOffset) || p.PropertyType == typeof(DateTimeOffset)))
        {
            if (properties.TryGetValue(JsonNamingPolicy.CamelCase.ConvertName(property.Name), out var described) && described is OpenApiSchema date)
            {
                date.Format = null;
                date.Pattern = Pattern;
                date.Description = (date.Description is { Length: > 0 } d ? d + " " : "")
                    + "A date (2013-09-10) or a date and time (2013-09-10T09:30, 2013-09-10T09:30:00Z, 2013-09-10T09:30:00.5+02:00); "
                    + "without an offset the time is read in the server's time zone (UTC in the Docker image).";
            }
        }
    }
}
