using System.Text.Json.Serialization;

namespace NewsApi.Contracts;

/// <summary>
/// Compile-time JSON metadata for the analysis responses (and the request) and the party reads, first in the API's
/// resolver chain (<see cref="NewsApiApplication"/>), so <c>POST /api/analyze</c> and the party pages neither reflect
/// over nor emit accessors for their types at run time. No options here: the context serves the API's own options (web defaults, camelCase string
/// enums), so the bytes are the ones the reflection resolver wrote (pinned by a test); types not listed fall through to
/// reflection.
/// </summary>
[JsonSerializable(typeof(AnalyzeRequest))]
[JsonSerializable(typeof(AnalyzeResponse))]
[JsonSerializable(typeof(SummaryResponse))]
[JsonSerializable(typeof(FactsResponse))]
[JsonSerializable(typeof(IReadOnlyList<AlgorithmResponse>))]
[JsonSerializable(typeof(PartyResponse))]
[JsonSerializable(typeof(PagedResponse<PartyListItem>))]
public sealed partial class NewsApiJsonContext : JsonSerializerContext;
