using System.Text.Json;

namespace NewsApi.Infrastructure;

/// <summary>
/// Says what a binding failure means in the API's words, per field, without CLR type names: <c>?pageSize=abc</c> is
/// <c>errors.pageSize: ["'pageSize' must be a whole number."]</c>, a number for <c>title</c> is
/// <c>errors.title: ["'title' must be a string."]</c>. Parsed with plain string searches (no regular expressions).
/// </summary>
public static class BindingProblems
{
    private const string ParameterPrefix = "Failed to bind parameter \"";

    /// <summary>The field and the message, or null when the failure is not about one field's value.</summary>
    public static (string Field, string Message)? Describe(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException json)
        {
            return FromJson(json);
        }

        // Failed to bind parameter "Nullable<int> PageSize" from "abc".
        var message = exception.Message;
        if (!message.StartsWith(ParameterPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = message.IndexOf('"', ParameterPrefix.Length);
        var declaration = end < 0 ? "" : message[ParameterPrefix.Length..end];
        var space = declaration.LastIndexOf(' ');
        if (space < 0)
        {
            return null;
        }

        var field = JsonNamingPolicy.CamelCase.ConvertName(declaration[(space + 1)..]);
        return (field, $"'{field}' {Expectation(declaration[..space])}.");
    }

    private static (string Field, string Message)? FromJson(JsonException json)
    {
        // Path "$.title" or "$.items[2].publishedAt": the innermost property names the field.
        if (json.Path is not { Length: > 2 } path)
        {
            return null;
        }

        var dot = path.LastIndexOf('.');
        var field = dot < 0 ? path.TrimStart('$') : path[(dot + 1)..];
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        field = bracket >= 0 ? field[..bracket] : field;
        if (field.Length == 0)
        {
            return null;
        }

        // "The JSON value could not be converted to System.Nullable`1[System.DateTimeOffset]. Path: ..."
        const string Marker = "converted to ";
        var at = json.Message.IndexOf(Marker, StringComparison.Ordinal);
        var type = at < 0 ? "" : json.Message[(at + Marker.Length)..].Split(". Path", 2)[0];
        return (field, $"'{field}' {Expectation(type)}.");
    }

    /// <summary>What a value of the declared CLR type looks like on the wire.</summary>
    private static string Expectation(string clrType)
    {
        var type = clrType.Replace("System.", "", StringComparison.Ordinal);
        if (type.Contains("DateTimeOffset", StringComparison.Ordinal) || type.Contains("DateTime", StringComparison.Ordinal))
        {
            return "must be a date or date-time such as 2013-09-06 or 2013-09-06T12:00:00Z";
        }

        if (type.Contains("DateOnly", StringComparison.Ordinal))
        {
            return "must be a date such as 2013-09-06";
        }

        if (ContainsAny(type, "int", "Int32", "Int64", "long", "short", "Int16"))
        {
            return "must be a whole number";
        }

        if (ContainsAny(type, "double", "Double", "decimal", "Decimal", "float", "Single"))
        {
            return "must be a number";
        }

        if (ContainsAny(type, "bool", "Boolean"))
        {
            return "must be true or false";
        }

        if (ContainsAny(type, "string", "String"))
        {
            return "must be a string";
        }

        return type.Contains("List", StringComparison.Ordinal) || type.Contains("[]", StringComparison.Ordinal)
            ? "must be an array"
            : "has a value of the wrong type";
    }

    private static bool ContainsAny(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));
}
