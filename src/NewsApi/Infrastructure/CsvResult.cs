using System.Globalization;
using System.Reflection;
using System.Text;

namespace NewsApi.Infrastructure;

/// <summary>
/// A list as RFC 4180 CSV: a header row of the item's property names (camelCase, as in JSON), CRLF line ends,
/// fields quoted when they contain a comma, quote or line break. Lists inside items are joined with "; ".
/// Text that a spreadsheet would run as a formula (a cell starting with =, +, -, @, tab or carriage return) is
/// prefixed with an apostrophe (OWASP "CSV injection"); numbers are written as numbers, so -3.5 stays -3.5.
/// </summary>
/// <remarks>The OpenAPI description lists text/csv beside JSON through <see cref="CsvOperationFilter"/>.</remarks>
public sealed class CsvResult<T>(IEnumerable<T> items) : IResult
{
    // Nested objects (a search snippet with its match offsets) have no flat CSV form; they stay JSON-only.
    private static readonly PropertyInfo[] Properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => IsFlat(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType))
        .ToArray();

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = Csv.ContentType + "; charset=utf-8; header=present";
        var sb = new StringBuilder();
        sb.AppendJoin(',', Properties.Select(p => Escape(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.Name)))).Append("\r\n");
        foreach (var item in items)
        {
            sb.AppendJoin(',', Properties.Select(p => Escape(Format(p.GetValue(item))))).Append("\r\n");
        }

        await httpContext.Response.WriteAsync(sb.ToString(), Encoding.UTF8, httpContext.RequestAborted);
    }

    private static bool IsFlat(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTimeOffset)
        || type == typeof(DateOnly) || type == typeof(DateTime) || typeof(IEnumerable<string>).IsAssignableFrom(type);

    private static string Format(object? value) => value switch
    {
        null => "",
        DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        string s => Csv.DefuseFormula(s),
        System.Collections.IEnumerable list => Csv.DefuseFormula(string.Join("; ", list.Cast<object?>().Select(Format))),
        _ => value.ToString() ?? "",
    };

    private static string Escape(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}

/// <summary>Content negotiation for lists: <c>format=csv</c> or an Accept header that prefers text/csv.</summary>
public static class Csv
{
    public const string ContentType = "text/csv";

    /// <summary>Text only: a cell that starts like a formula is prefixed with an apostrophe.</summary>
    public static string DefuseFormula(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    public static bool Wanted(HttpRequest request, string? format) =>
        string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
        || (format is null && request.GetTypedHeaders().Accept.OrderByDescending(a => a.Quality ?? 1).FirstOrDefault()?.MediaType.Value is ContentType);
}

/// <summary>Adds text/csv to the 200 response of every operation that takes a <c>format</c> parameter.</summary>
public sealed class CsvOperationFilter : Swashbuckle.AspNetCore.SwaggerGen.IOperationFilter
{
    public void Apply(Microsoft.OpenApi.OpenApiOperation operation, Swashbuckle.AspNetCore.SwaggerGen.OperationFilterContext context)
    {
        if (operation.Parameters?.Any(p => p.Name == "format") != true
            || operation.Responses?.TryGetValue("200", out var ok) != true
            || ok!.Content is null)
        {
            return;
        }

        ok.Content[Csv.ContentType] = new Microsoft.OpenApi.OpenApiMediaType
        {
            Schema = new Microsoft.OpenApi.OpenApiSchema
            {
                Type = Microsoft.OpenApi.JsonSchemaType.String,
                Description = "RFC 4180 CSV: a header row of the item fields (camelCase), then one row per item. The total is in X-Total-Count.",
            },
        };
    }
}
