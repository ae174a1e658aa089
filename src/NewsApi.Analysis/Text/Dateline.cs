namespace NewsApi.Analysis.Text;

/// <summary>A dateline such as "St Petersburg:" or "LONDON (Reuters) -": <see cref="Place"/> spans the place name.</summary>
public sealed record Dateline(string Place, int Start, int End, int BodyStart);
