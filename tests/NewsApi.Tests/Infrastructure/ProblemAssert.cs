using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsApi.Tests.Infrastructure;

public static class ProblemAssert
{
    /// <summary>Asserts an RFC 9457 problem with the status and returns its JSON.</summary>
    public static async Task<JsonElement> IsProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(text).RootElement;
        Assert.Equal((int)status, json.GetProperty("status").GetInt32());
        Assert.True(json.TryGetProperty("title", out _));
        return json;
    }

    public static async Task<JsonElement> IsValidationProblemAsync(HttpResponseMessage response, params string[] fields)
    {
        var json = await IsProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = json.GetProperty("errors");
        foreach (var field in fields)
        {
            Assert.True(errors.TryGetProperty(field, out _), $"No error for '{field}' in {errors}");
        }

        return json;
    }
}
