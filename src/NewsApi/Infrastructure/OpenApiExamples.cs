namespace NewsApi.Infrastructure;

/// <summary>
/// Examples shown in the OpenAPI description, by operation id: real responses of this service on the seed article
/// and a few small articles (see api-docs/requests.http), with long lists cut short.
/// </summary>
public static class OpenApiExamples
{
    public static readonly IReadOnlyDictionary<string, OperationExamples> ByOperation = new Dictionary<string, OperationExamples>(StringComparer.Ordinal)
    {
        ["ListArticles"] = new(
            null,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["200"] = """
                {"items": [{"id": 1, "title": "Syria conflict: Rift between Barack Obama and Vladimir Putin remains after talks", "url": null, "source": null, "author": null, "publishedAt": "2013-09-06T00:00:00+00:00", "language": "en", "dateline": "St Petersburg", "wordCount": 834, "sentenceCount": 28, "readingTimeMinutes": 4, "createdAt": "2026-11-27T06:00:27+00:00", "snippet": {"text": " St Petersburg:  US President Barack Obama and his Russian counterpart Vladimir Putin failed to bridge their bitter divisions over US plans for military action…", "matches": [{"start": 80, "end": 85}]}}], "page": 1, "pageSize": 2, "total": 1}
                """,
                ["400"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "One or more validation errors occurred.", "status": 400, "detail": "One or more fields are invalid: see errors.", "errors": {"pageSize": ["'pageSize' must be between 1 and 100. You entered 500."]}}
                """,
            },
            Csv: "id,title,url,source,author,publishedAt,language,dateline,wordCount,sentenceCount,readingTimeMinutes,createdAt\r\n1,Syria conflict: Rift between Barack Obama and Vladimir Putin remains after talks,,,,2013-09-06T00:00:00Z,en,St Petersburg,834,28,4,2026-11-27T06:00:27Z\r\n"),
        ["GetArticle"] = new(
            null,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["200"] = """
                {"id": 2, "title": "Talks resume in Moscow (updated)", "body": "Russian President Vladimir Putin met Syria's Foreign Minister Walid Muallem in Moscow on Monday. \"We will keep talking,\" Putin told reporters.", "url": "https://example.com/news/talks-resume", "source": "Example Wire", "author": null, "publishedAt": "2013-09-10T09:30:00+00:00", "language": "en", "dateline": null, "wordCount": 22, "sentenceCount": 2, "readingTimeMinutes": 1, "createdAt": "2026-11-27T05:26:22+00:00", "updatedAt": "2026-11-27T05:26:22+00:00", "analyzerVersion": "3", "topFacts": {"parties": [{"id": 8, "name": "Moscow", "type": "place", "aliases": [], "role": null, "roleCountry": null, "mentionCount": 1, "salience": 0.75, "mentions": [{"start": 79, "end": 85, "text": "Moscow", "sentenceIndex": 0}]}, {"id": 3, "name": "Vladimir Putin", "type": "person", "aliases": ["Putin"], "role": "Russian President", "roleCountry": "Russia", "mentionCount": 2, "salience": 0.7, "mentions": [{"start": 18, "end": 32, "text": "Vladimir Putin", "sentenceIndex": 0}, {"start": 121, "end": 126, "text": "Putin", "sentenceIndex": 1}]}, {"id": 1, "name": "Syria", "type": "place", "aliases": [], "role": null, "roleCountry": null, "mentionCount": 1, "salience": 0.45, "mentions": [{"start": 37, "end": 42, "text": "Syria", "sentenceIndex": 0}]}, {"id": 30, "name": "Walid Muallem", "type": "person", "aliases": [], "role": "Syria's Foreign Minister", "roleCountry": "Syria", "mentionCount": 1, "salience": 0.45, "mentions": [{"start": 62, "end": 75, "text": "Walid Muallem", "sentenceIndex": 0}]}], "figures": [], "dates": [{"text": "Monday", "start": 89, "end": 95, "sentenceIndex": 0, "value": "2013-09-09", "granularity": "day", "relative": true, "anchor": "2013-09-10", "alternativeValue": "2013-09-16", "endValue": null}], "quotes": [{"text": "We will keep talking", "start": 98, "end": 118, "sentenceIndex": 1, "speaker": "Vladimir Putin", "speakerPartyId": 3}]}}
                """,
                ["404"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.5", "title": "Not Found", "status": 404, "detail": "No article with id 999."}
                """,
                ["400"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "One or more validation errors occurred.", "status": 400, "detail": "One or more fields are invalid: see errors.", "errors": {"offsets": ["'offsets' must be utf16, codepoint or utf8."]}}
                """,
            }),
        ["GetArticleSummary"] = new(
            null,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["200"] = """
                {"articleId": 1, "algorithm": "news", "sentences": [{"index": 0, "start": 17, "end": 286, "text": "US President Barack Obama and his Russian counterpart Vladimir Putin failed to bridge their bitter divisions over US plans for military action against the Syrian regime, and Washington signalled that it has given up on securing Moscow's support at the UN on the crisis.", "score": 1, "rank": 1}, {"index": 1, "start": 288, "end": 495, "text": "Efforts to smooth over their split did not go beyond Putin's welcome of Obama to the G20 summit he was hosting, with the White House launching a scathing criticism of Russian policy on the conflict in Syria.", "score": 0.597673, "rank": 7}, {"index": 2, "start": 497, "end": 630, "text": "Putin and Obama spoke for about half an hour on the sidelines of the summit, but neither managed to change the other's mind on Syria.", "score": 0.520154, "rank": 15}], "text": "US President Barack Obama and his Russian counterpart Vladimir Putin failed to bridge their bitter divisions over US plans for military action against the Syrian regime, and Washington signalled that it has given up on securing Moscow's support at the UN on the crisis. Efforts to smooth over their split did not go beyond Putin's welcome of Obama to the G20 summit he was hosting, with the White House launching a scathing criticism of Russian policy on the conflict in Syria. Putin and Obama spoke for about half an hour on the sidelines of the summit, but neither managed to change the other's mind on Syria."}
                """,
                ["404"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.5", "title": "Not Found", "status": 404, "detail": "No article with id 999."}
                """,
                ["400"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "One or more validation errors occurred.", "status": 400, "detail": "One or more fields are invalid: see errors.", "errors": {"sentences": ["'sentences' must be between 1 and 100. You entered 0."]}}
                """,
            }),
        ["GetArticleFacts"] = new(
            null,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["200"] = """
                {"articleId": 1, "figures": [{"text": "about half an hour", "start": 523, "end": 541, "sentenceIndex": 2, "value": 30, "unit": "minutes", "qualifier": "about", "kind": "duration", "valueMax": null, "currency": null}, {"text": "three occasions", "start": 2317, "end": 2332, "sentenceIndex": 11, "value": 3, "unit": "occasions", "qualifier": null, "kind": "count", "valueMax": null, "currency": null}], "dates": [{"text": "August 21", "start": 1067, "end": 1076, "sentenceIndex": 5, "value": "2013-08-21", "granularity": "day", "relative": false, "anchor": "2013-09-06", "alternativeValue": null, "endValue": null}, {"text": "Thursday", "start": 2772, "end": 2780, "sentenceIndex": 14, "value": "2013-09-05", "granularity": "day", "relative": true, "anchor": "2013-09-06", "alternativeValue": "2013-09-12", "endValue": null}], "parties": [{"id": 2, "name": "Barack Obama", "type": "person", "aliases": ["Obama"], "role": "US President", "roleCountry": "United States", "mentionCount": 8, "salience": 0.864, "mentions": [{"start": 30, "end": 42, "text": "Barack Obama", "sentenceIndex": 0}, {"start": 360, "end": 365, "text": "Obama", "sentenceIndex": 1}]}, {"id": 3, "name": "Vladimir Putin", "type": "person", "aliases": ["Putin"], "role": "Russian President", "roleCountry": "Russia", "mentionCount": 7, "salience": 0.818, "mentions": [{"start": 71, "end": 85, "text": "Vladimir Putin", "sentenceIndex": 0}, {"start": 341, "end": 346, "text": "Putin", "sentenceIndex": 1}]}], "quotes": [{"text": "What we've repeatedly seen is Russia refusing to take action to... (hold) the Assad regime accountable and again seeking to work through different processes to avoid the core issues", "start": 1832, "end": 2013, "sentenceIndex": 9, "speaker": "Ben Rhodes", "speakerPartyId": 14}]}
                """,
                ["404"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.5", "title": "Not Found", "status": 404, "detail": "No article with id 999."}
                """,
                ["400"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "One or more validation errors occurred.", "status": 400, "detail": "One or more fields are invalid: see errors.", "errors": {"types": ["Unknown fact type 'colours'. Use a comma-separated subset of figures,dates,parties,quotes."]}}
                """,
            }),
        ["ListArticleSentences"] = new(
            null,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["200"] = """
                [{"index": 0, "start": 17, "end": 286, "text": "US President Barack Obama and his Russian counterpart Vladimir Putin failed to bridge their bitter divisions over US plans for military action against the Syrian regime, and Washington signalled that it has given up on securing Moscow's support at the UN on the crisis.", "score": 1, "rank": 1}, {"index": 1, "start": 288, "end": 495, "text": "Efforts to smooth over their split did not go beyond Putin's welcome of Obama to the G20 summit he was hosting, with the White House launching a scathing criticism of Russian policy on the conflict in Syria.", "score": 0.597673, "rank": 7}, {"index": 2, "start": 497, "end": 630, "text": "Putin and Obama spoke for about half an hour on the sidelines of the summit, but neither managed to change the other's mind on Syria.", "score": 0.520154, "rank": 15}]
                """,
                ["404"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.5", "title": "Not Found", "status": 404, "detail": "No article with id 999."}
                """,
                ["400"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "One or more validation errors occurred.", "status": 400, "detail": "One or more fields are invalid: see errors.", "errors": {"algorithm": ["'algorithm' must be one of: lead, lexrank, news, pacsum, textrank."]}}
                """,
            }),
        ["CreateArticle"] = new(
            """
            {"title": "Talks resume in Moscow", "body": "Russian President Vladimir Putin met Syria's Foreign Minister Walid Muallem in Moscow on Monday. More than 1,400 people were killed in the August 21 attack, US officials said. \"We will keep talking,\" Putin told reporters.", "url": "https://example.com/news/talks-resume", "source": "Example Wire", "author": "Jane Doe", "publishedAt": "2013-09-10T09:30:00Z", "language": "en"}
            """,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["201"] = """
                {"id": 2, "title": "Talks resume in Moscow", "body": "Russian President Vladimir Putin met Syria's Foreign Minister Walid Muallem in Moscow on Monday. More than 1,400 people were killed in the August 21 attack, US officials said. \"We will keep talking,\" Putin told reporters.", "url": "https://example.com/news/talks-resume", "source": "Example Wire", "author": "Jane Doe", "publishedAt": "2013-09-10T09:30:00+00:00", "language": "en", "dateline": null, "wordCount": 36, "sentenceCount": 3, "readingTimeMinutes": 1, "createdAt": "2026-11-27T05:26:22+00:00", "updatedAt": "2026-11-27T05:26:22+00:00", "analyzerVersion": "3", "topFacts": {"parties": [{"id": 8, "name": "Moscow", "type": "place", "aliases": [], "role": null, "roleCountry": null, "mentionCount": 1, "salience": 0.75, "mentions": [{"start": 79, "end": 85, "text": "Moscow", "sentenceIndex": 0}]}, {"id": 3, "name": "Vladimir Putin", "type": "person", "aliases": ["Putin"], "role": "Russian President", "roleCountry": "Russia", "mentionCount": 2, "salience": 0.7, "mentions": [{"start": 18, "end": 32, "text": "Vladimir Putin", "sentenceIndex": 0}, {"start": 200, "end": 205, "text": "Putin", "sentenceIndex": 2}]}, {"id": 1, "name": "Syria", "type": "place", "aliases": [], "role": null, "roleCountry": null, "mentionCount": 1, "salience": 0.45, "mentions": [{"start": 37, "end": 42, "text": "Syria", "sentenceIndex": 0}]}, {"id": 30, "name": "Walid Muallem", "type": "person", "aliases": [], "role": "Syria's Foreign Minister", "roleCountry": "Syria", "mentionCount": 1, "salience": 0.45, "mentions": [{"start": 62, "end": 75, "text": "Walid Muallem", "sentenceIndex": 0}]}, {"id": 4, "name": "United States", "type": "place", "aliases": ["US"], "role": null, "roleCountry": null, "mentionCount": 1, "salience": 0.45, "mentions": [{"start": 157, "end": 159, "text": "US", "sentenceIndex": 1}]}], "figures": [{"text": "More than 1,400 people", "start": 97, "end": 119, "sentenceIndex": 1, "value": 1400, "unit": "people", "qualifier": "more than", "kind": "count", "valueMax": null, "currency": null}], "dates": [{"text": "Monday", "start": 89, "end": 95, "sentenceIndex": 0, "value": "2013-09-09", "granularity": "day", "relative": true, "anchor": "2013-09-10", "alternativeValue": "2013-09-16", "endValue": null}, {"text": "August 21", "start": 139, "end": 148, "sentenceIndex": 1, "value": "2013-08-21", "granularity": "day", "relative": false, "anchor": "2013-09-10", "alternativeValue": null, "endValue": null}], "quotes": [{"text": "We will keep talking", "start": 177, "end": 197, "sentenceIndex": 2, "speaker": "Vladimir Putin", "speakerPartyId": 3}]}}
                """,
                ["400"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "One or more validation errors occurred.", "status": 400, "detail": "One or more fields are invalid: see errors.", "errors": {"title": ["'title' is required."], "url": ["'url' must be an absolute http or https URL."]}}
                """,
                ["401"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.2", "title": "Missing or invalid API key", "status": 401, "detail": "Send a valid key in the X-Api-Key header to create, replace or delete articles."}
                """,
                ["409"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.10", "title": "Duplicate article", "status": 409, "detail": "An article with the same URL or the same title and body is already stored as article 2.", "existingId": 2, "location": "/api/articles/2"}
                """,
                ["413"] = TooLarge,
                ["429"] = TooManyRequests,
            }),
        ["CreateArticles"] = new(
            """
            [{"title": "Markets rally", "body": "Stocks rose 2% in London on Tuesday, traders said.", "publishedAt": "2013-09-10T16:00:00Z"}, {"title": "", "body": "No title."}]
            """,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["200"] = """
                {"created": 1, "duplicates": 0, "invalid": 1, "items": [{"index": 0, "status": "created", "id": 3, "location": "/api/articles/3", "detail": null, "errors": null}, {"index": 1, "status": "invalid", "id": null, "location": null, "detail": "One or more fields are invalid: see errors.", "errors": {"title": ["'title' is required."]}}]}
                """,
                ["400"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "One or more validation errors occurred.", "status": 400, "detail": "One or more fields are invalid: see errors.", "errors": {"articles": ["Send between 1 and 100 articles; got 0."]}}
                """,
                ["401"] = Unauthorized,
                ["413"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.14", "title": "Content Too Large", "status": 413, "detail": "The request body is 17000000 bytes; this operation accepts at most 16777216 bytes."}
                """,
                ["429"] = TooManyRequests,
            }),
        ["ReplaceArticle"] = new(
            """
            {"title": "Talks resume in Moscow (updated)", "body": "Russian President Vladimir Putin met Syria's Foreign Minister Walid Muallem in Moscow on Monday. \"We will keep talking,\" Putin told reporters.", "url": "https://example.com/news/talks-resume", "source": "Example Wire", "publishedAt": "2013-09-10T09:30:00Z"}
            """,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["200"] = """
                {"id": 2, "title": "Talks resume in Moscow (updated)", "body": "Russian President Vladimir Putin met Syria's Foreign Minister Walid Muallem in Moscow on Monday. \"We will keep talking,\" Putin told reporters.", "url": "https://example.com/news/talks-resume", "source": "Example Wire", "author": null, "publishedAt": "2013-09-10T09:30:00+00:00", "language": "en", "dateline": null, "wordCount": 22, "sentenceCount": 2, "readingTimeMinutes": 1, "createdAt": "2026-11-27T05:26:22+00:00", "updatedAt": "2026-11-27T05:26:22+00:00", "analyzerVersion": "3", "topFacts": {"parties": [{"id": 8, "name": "Moscow", "type": "place", "aliases": [], "role": null, "roleCountry": null, "mentionCount": 1, "salience": 0.75, "mentions": [{"start": 79, "end": 85, "text": "Moscow", "sentenceIndex": 0}]}, {"id": 3, "name": "Vladimir Putin", "type": "person", "aliases": ["Putin"], "role": "Russian President", "roleCountry": "Russia", "mentionCount": 2, "salience": 0.7, "mentions": [{"start": 18, "end": 32, "text": "Vladimir Putin", "sentenceIndex": 0}, {"start": 121, "end": 126, "text": "Putin", "sentenceIndex": 1}]}, {"id": 1, "name": "Syria", "type": "place", "aliases": [], "role": null, "roleCountry": null, "mentionCount": 1, "salience": 0.45, "mentions": [{"start": 37, "end": 42, "text": "Syria", "sentenceIndex": 0}]}, {"id": 30, "name": "Walid Muallem", "type": "person", "aliases": [], "role": "Syria's Foreign Minister", "roleCountry": "Syria", "mentionCount": 1, "salience": 0.45, "mentions": [{"start": 62, "end": 75, "text": "Walid Muallem", "sentenceIndex": 0}]}], "figures": [], "dates": [{"text": "Monday", "start": 89, "end": 95, "sentenceIndex": 0, "value": "2013-09-09", "granularity": "day", "relative": true, "anchor": "2013-09-10", "alternativeValue": "2013-09-16", "endValue": null}], "quotes": [{"text": "We will keep talking", "start": 98, "end": 118, "sentenceIndex": 1, "speaker": "Vladimir Putin", "speakerPartyId": 3}]}}
                """,
                ["404"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.5", "title": "Not Found", "status": 404, "detail": "No article with id 999."}
                """,
                ["400"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "One or more validation errors occurred.", "status": 400, "detail": "One or more fields are invalid: see errors.", "errors": {"title": ["'title' is required."]}}
                """,
                ["401"] = Unauthorized,
                ["409"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.10", "title": "Duplicate article", "status": 409, "detail": "An article with the same URL or the same title and body is already stored as article 1.", "existingId": 1, "location": "/api/articles/1"}
                """,
                ["413"] = TooLarge,
                ["429"] = TooManyRequests,
            }),
        ["DeleteArticle"] = new(
            null,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["404"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.5", "title": "Not Found", "status": 404, "detail": "No article with id 999."}
                """,
                ["401"] = Unauthorized,
                ["429"] = TooManyRequests,
            }),
        ["AnalyzeText"] = new(
            """
            {"title": "Strike looms", "text": "More than 1,400 people were killed on August 21, US officials said on Thursday. \"We can't have an endless process,\" said Ben Rhodes, a White House adviser.", "publishedAt": "2013-09-06T12:00:00Z"}
            """,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["200"] = """
                {"sentences": [{"index": 0, "start": 0, "end": 79, "text": "More than 1,400 people were killed on August 21, US officials said on Thursday.", "score": 1, "rank": 1}, {"index": 1, "start": 80, "end": 155, "text": "\"We can't have an endless process,\" said Ben Rhodes, a White House adviser.", "score": 1, "rank": 2}], "summary": {"articleId": null, "algorithm": "news", "sentences": [{"index": 0, "start": 0, "end": 79, "text": "More than 1,400 people were killed on August 21, US officials said on Thursday.", "score": 1, "rank": 1}], "text": "More than 1,400 people were killed on August 21, US officials said on Thursday."}, "facts": {"articleId": null, "figures": [{"text": "More than 1,400 people", "start": 0, "end": 22, "sentenceIndex": 0, "value": 1400, "unit": "people", "qualifier": "more than", "kind": "count", "valueMax": null, "currency": null}], "dates": [{"text": "August 21", "start": 38, "end": 47, "sentenceIndex": 0, "value": "2013-08-21", "granularity": "day", "relative": false, "anchor": "2013-09-06", "alternativeValue": null, "endValue": null}, {"text": "Thursday", "start": 70, "end": 78, "sentenceIndex": 0, "value": "2013-09-05", "granularity": "day", "relative": true, "anchor": "2013-09-06", "alternativeValue": "2013-09-12", "endValue": null}], "parties": [{"id": 1, "name": "United States", "type": "place", "aliases": ["US"], "role": null, "roleCountry": null, "mentionCount": 1, "salience": 0.7, "mentions": [{"start": 49, "end": 51, "text": "US", "sentenceIndex": 0}]}, {"id": 2, "name": "Ben Rhodes", "type": "person", "aliases": [], "role": "White House adviser", "roleCountry": "United States", "mentionCount": 1, "salience": 0.7, "mentions": [{"start": 121, "end": 131, "text": "Ben Rhodes", "sentenceIndex": 1}]}, {"id": 3, "name": "White House", "type": "organization", "aliases": [], "role": null, "roleCountry": null, "mentionCount": 1, "salience": 0.7, "mentions": [{"start": 135, "end": 146, "text": "White House", "sentenceIndex": 1}]}], "quotes": [{"text": "We can't have an endless process", "start": 81, "end": 113, "sentenceIndex": 1, "speaker": "Ben Rhodes", "speakerPartyId": 2}]}, "dateline": null, "wordCount": 27}
                """,
                ["400"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "One or more validation errors occurred.", "status": 400, "detail": "One or more fields are invalid: see errors.", "errors": {"text": ["'text' is required."]}}
                """,
                ["413"] = TooLarge,
                ["429"] = TooManyRequests,
            }),
        ["ListAlgorithms"] = new(
            null,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["200"] = """
                [{"key": "lead", "description": "Lead baseline: the first sentences of the article.", "isDefault": false}, {"key": "lexrank", "description": "Continuous LexRank: PageRank over TF-IDF cosine similarity between sentences.", "isDefault": false}, {"key": "news", "description": "News (default): TextRank centrality; a summary of at most a third of the article opens with its lead sentences (length-aware lead rule).", "isDefault": true}, {"key": "pacsum", "description": "PacSum: directed centrality; sentences that later ones elaborate score higher.", "isDefault": false}, {"key": "textrank", "description": "TextRank: PageRank over shared stemmed content words between sentences.", "isDefault": false}]
                """,
            }),
        ["ListParties"] = new(
            null,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["200"] = """
                {"items": [{"id": 3, "name": "Vladimir Putin", "type": "person", "articleCount": 2, "mentionCount": 9}, {"id": 2, "name": "Barack Obama", "type": "person", "articleCount": 1, "mentionCount": 8}, {"id": 12, "name": "Bashar al-Assad", "type": "person", "articleCount": 1, "mentionCount": 5}], "page": 1, "pageSize": 3, "total": 11}
                """,
                ["400"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "One or more validation errors occurred.", "status": 400, "detail": "One or more fields are invalid: see errors.", "errors": {"pageSize": ["'pageSize' must be between 1 and 100. You entered 500."]}}
                """,
            },
            Csv: "id,name,type,articleCount,mentionCount,trend\r\n1,Syria,place,1,11,\r\n2,Barack Obama,person,1,8,\r\n"),
        ["GetParty"] = new(
            null,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["200"] = """
                {"id": 3, "name": "Vladimir Putin", "type": "person", "aliases": ["Putin"], "roles": ["Russian President"], "articleCount": 2, "mentionCount": 9, "articles": [{"id": 2, "title": "Talks resume in Moscow", "publishedAt": "2013-09-10T09:30:00+00:00", "role": "Russian President", "mentionCount": 2}, {"id": 1, "title": "Syria conflict: Rift between Barack Obama and Vladimir Putin remains after talks", "publishedAt": "2013-09-06T00:00:00+00:00", "role": "Russian President", "mentionCount": 7}], "roleHistory": [{"value": "Russian President", "firstSeen": "2013-09-06T00:00:00+00:00", "lastSeen": "2013-09-10T09:30:00+00:00", "articleCount": 2}], "aliasHistory": [{"value": "Putin", "firstSeen": "2013-09-06T00:00:00+00:00", "lastSeen": "2013-09-10T09:30:00+00:00", "articleCount": 2}]}
                """,
                ["404"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.5", "title": "Not Found", "status": 404, "detail": "No party with id 999."}
                """,
            }),
        ["Health"] = new(
            null,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["200"] = """
                {"status": "healthy", "database": "ok", "articles": 3, "feeds": [{"url": "https://www.coastalcourier.example/feeds/news.xml", "source": null, "lastPolledAt": "2026-12-06T23:04:42.7629279+00:00", "lastSuccessAt": "2026-12-06T23:04:42.7629279+00:00", "lastError": null, "consecutiveFailures": 0, "itemsStored": 2, "notModifiedCount": 0, "nextPollAt": "2026-12-06T23:19:42.7629279+00:00", "etag": "\"rss.xml-1336\"", "lastModified": "Mon, 13 May 2024 06:30:00 GMT"}, {"url": "https://feeds.metrodaily.example/transport.rss", "source": null, "lastPolledAt": "2026-12-06T23:04:37.100188+00:00", "lastSuccessAt": null, "lastError": "Upstream error: https://feeds.metrodaily.example/transport.rss answered 503 Service Unavailable.", "consecutiveFailures": 1, "itemsStored": 0, "notModifiedCount": 0, "nextPollAt": "2026-12-06T23:24:37.100188+00:00", "etag": null, "lastModified": null}]}
                """,
                ["503"] = """
                {"status": "unhealthy", "database": "SQLite Error 14: 'unable to open database file'.", "articles": 0, "feeds": []}
                """,
            }),
        ["Alive"] = new(
            null,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["200"] = """
                "alive"
                """,
            }),
        ["GetTimeline"] = new(
            null,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["200"] = """
                {"interval": "day", "from": "2013-09-05", "to": "2013-09-11", "total": 3, "buckets": [{"start": "2013-09-05", "count": 0}, {"start": "2013-09-06", "count": 1}, {"start": "2013-09-07", "count": 0}, {"start": "2013-09-08", "count": 0}, {"start": "2013-09-09", "count": 0}, {"start": "2013-09-10", "count": 2}, {"start": "2013-09-11", "count": 0}]}
                """,
                ["400"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "One or more validation errors occurred.", "status": 400, "detail": "One or more fields are invalid: see errors.", "errors": {"interval": ["'interval' must be day, week or month."]}}
                """,
            },
            Csv: "start,count\r\n2013-09-05,0\r\n2013-09-06,1\r\n2013-09-07,0\r\n2013-09-08,0\r\n2013-09-09,0\r\n2013-09-10,2\r\n2013-09-11,0\r\n"),
        ["GetOverview"] = new(
            null,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["200"] = """
                {"articles": 3, "parties": 31, "firstPublishedAt": "2013-09-06T00:00:00+00:00", "lastPublishedAt": "2013-09-10T16:00:00+00:00", "topParties": [{"id": 1, "name": "Syria", "type": "place", "articleCount": 2, "mentionCount": 12}, {"id": 4, "name": "United States", "type": "place", "articleCount": 2, "mentionCount": 9}, {"id": 3, "name": "Vladimir Putin", "type": "person", "articleCount": 2, "mentionCount": 9}, {"id": 2, "name": "Barack Obama", "type": "person", "articleCount": 1, "mentionCount": 8}, {"id": 5, "name": "Russia", "type": "place", "articleCount": 1, "mentionCount": 8}, {"id": 12, "name": "Bashar al-Assad", "type": "person", "articleCount": 1, "mentionCount": 5}, {"id": 13, "name": "UN Security Council", "type": "organization", "articleCount": 1, "mentionCount": 4}, {"id": 8, "name": "Moscow", "type": "place", "articleCount": 2, "mentionCount": 3}, {"id": 14, "name": "Ben Rhodes", "type": "person", "articleCount": 1, "mentionCount": 3}, {"id": 7, "name": "UN", "type": "organization", "articleCount": 1, "mentionCount": 3}], "topSources": [{"name": "Example Wire", "count": 1}], "latest": [{"id": 3, "title": "Markets rally", "url": null, "source": null, "author": null, "publishedAt": "2013-09-10T16:00:00+00:00", "language": "en", "dateline": null, "wordCount": 9, "sentenceCount": 1, "readingTimeMinutes": 1, "createdAt": "2026-11-27T05:26:22+00:00"}, {"id": 2, "title": "Talks resume in Moscow", "url": "https://example.com/news/talks-resume", "source": "Example Wire", "author": "Jane Doe", "publishedAt": "2013-09-10T09:30:00+00:00", "language": "en", "dateline": null, "wordCount": 36, "sentenceCount": 3, "readingTimeMinutes": 1, "createdAt": "2026-11-27T05:26:22+00:00"}, {"id": 1, "title": "Syria conflict: Rift between Barack Obama and Vladimir Putin remains after talks", "url": null, "source": null, "author": null, "publishedAt": "2013-09-06T00:00:00+00:00", "language": "en", "dateline": "St Petersburg", "wordCount": 834, "sentenceCount": 28, "readingTimeMinutes": 4, "createdAt": "2026-11-27T05:26:17+00:00"}]}
                """,
            }),
        ["SearchFigures"] = new(
            null,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["200"] = """
                {"items": [{"id": 4, "articleId": 1, "articleTitle": "Syria conflict: Rift between Barack Obama and Vladimir Putin remains after talks", "publishedAt": "2013-09-06T00:00:00+00:00", "figure": {"text": "more than 1,400 people", "start": 4918, "end": 4940, "sentenceIndex": 25, "value": 1400, "unit": "people", "qualifier": "more than", "kind": "count", "valueMax": null, "currency": null}, "sentence": "According to US intelligence, more than 1,400 people living in rebel-held suburbs of Damascus were killed in the August 21 chemical weapons attack, which involved the use of sarin nerve gas."}], "next": null}
                """,
                ["400"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "One or more validation errors occurred.", "status": 400, "detail": "One or more fields are invalid: see errors.", "errors": {"kind": ["'kind' must be one of: count, money, percent, percentage-points, duration, quantity, ordinal, range."]}}
                """,
            },
            Csv: "id,articleId,articleTitle,publishedAt,text,start,end,value,valueMax,unit,currency,qualifier,kind,sentence\r\n4,1,Syria conflict: Rift between Barack Obama and Vladimir Putin remains after talks,2013-09-06T00:00:00Z,\"more than 1,400 people\",4918,4940,1400,,people,,more than,count,\"According to US intelligence, more than 1,400 people living in rebel-held suburbs of Damascus were killed in the August 21 chemical weapons attack, which involved the use of sarin nerve gas.\"\r\n"),
        ["ListCalendarDates"] = new(
            null,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["200"] = """
                {"items": [{"id": 2, "articleId": 1, "articleTitle": "Syria conflict: Rift between Barack Obama and Vladimir Putin remains after talks", "publishedAt": "2013-09-06T00:00:00+00:00", "date": {"text": "Thursday", "start": 2772, "end": 2780, "sentenceIndex": 14, "value": "2013-09-05", "granularity": "day", "relative": true, "anchor": "2013-09-06", "alternativeValue": "2013-09-12", "endValue": null}, "sentence": "During a dinner on Thursday, leaders, including Obama, presented their positions on the Syria crisis which only confirmed the extent of global divisions on the issue, participants said."}, {"id": 3, "articleId": 1, "articleTitle": "Syria conflict: Rift between Barack Obama and Vladimir Putin remains after talks", "publishedAt": "2013-09-06T00:00:00+00:00", "date": {"text": "Friday", "start": 3607, "end": 3613, "sentenceIndex": 18, "value": "2013-09-06", "granularity": "day", "relative": true, "anchor": "2013-09-06", "alternativeValue": null, "endValue": null}, "sentence": "UN chief Ban Ki-moon Friday also warned that military strikes could spark further sectarian violence in the country which he said is suffering from a humanitarian crisis \"unprecedented\" in recent history."}], "next": "/api/dates?from=2013-09-01&to=2013-09-30&limit=2&after=MjAxMy0wOS0wNh8z"}
                """,
                ["400"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "One or more validation errors occurred.", "status": 400, "detail": "One or more fields are invalid: see errors.", "errors": {"from": ["'from' must be a date such as 2013-09-01."]}}
                """,
            },
            Csv: "id,articleId,articleTitle,publishedAt,text,start,end,value,endValue,granularity,relative,anchor,sentence\r\n2,1,Syria conflict: Rift between Barack Obama and Vladimir Putin remains after talks,2013-09-06T00:00:00Z,Thursday,2772,2780,2013-09-05,,day,true,2013-09-06,\"During a dinner on Thursday, leaders, including Obama, presented their positions on the Syria crisis which only confirmed the extent of global divisions on the issue, participants said.\"\r\n"),
        ["GetPartyTimeline"] = new(
            null,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["200"] = """
                {"interval": "week", "from": "2013-09-06", "to": "2013-09-10", "total": 2, "buckets": [{"start": "2013-09-02", "count": 1}, {"start": "2013-09-09", "count": 1}]}
                """,
                ["404"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.5", "title": "Not Found", "status": 404, "detail": "No party with id 999."}
                """,
                ["400"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "One or more validation errors occurred.", "status": 400, "detail": "One or more fields are invalid: see errors.", "errors": {"interval": ["'interval' must be day, week or month."]}}
                """,
            },
            Csv: "start,count\r\n2013-09-02,1\r\n2013-09-09,1\r\n"),
        ["FetchArticle"] = new(
            """
            {"url": "https://www.coastalcourier.example/news/2024/05/harbour-bridge-reopens", "source": null, "publishedAt": null}
            """,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["201"] = """
                {"id": 2, "title": "Harbour bridge reopens after eight months of repairs", "body": "The harbour bridge reopened to traffic on Monday morning after eight months of repairs that cost the city council more than 12 million pounds.\n\nThe first cars crossed at 6am, watched by a small crowd of residents who had waited since the early hours. Engineers had replaced 140 steel cables and resurfaced the whole deck, which carries about 30,000 vehicles a day.\n\n\"It has been a long wait, but the bridge is now safer than it has been in decades,\" said council leader Anne Ward, who cut a ribbon at the northern end.\n\nTraffic expected to ease\n\nDuring the closure, drivers faced detours of up to 40 minutes through the town centre. Local businesses said footfall fell by a fifth, and several shops on the quay closed for good.\n\nThe council said the bridge would be inspected every six months from now on, and that a further 2 million pounds had been set aside for maintenance over the next five years.", "url": "https://www.coastalcourier.example/news/2024/05/harbour-bridge-reopens", "source": "The Coastal Courier", "author": "Maria Lopez, Tom Becker", "publishedAt": "2024-05-13T06:30:00+00:00", "language": "en-GB", "dateline": null, "wordCount": 162, "sentenceCount": 8, "readingTimeMinutes": 1, "createdAt": "2026-12-06T23:06:12+00:00", "updatedAt": "2026-12-06T23:06:12+00:00", "analyzerVersion": "3", "topFacts": {"parties": [{"id": 31, "name": "Anne Ward", "type": "person", "aliases": [], "role": "council leader", "roleCountry": null, "mentionCount": 1, "salience": 0.5, "mentions": [{"start": 470, "end": 479, "text": "Anne Ward", "sentenceIndex": 3}]}], "figures": [{"text": "more than 12 million pounds", "start": 114, "end": 141, "sentenceIndex": 0, "value": 12000000, "unit": "GBP", "qualifier": "more than", "kind": "money", "valueMax": null, "currency": "GBP"}, {"text": "about 30,000 vehicles", "start": 336, "end": 357, "sentenceIndex": 2, "value": 30000, "unit": "vehicles", "qualifier": "about", "kind": "count", "valueMax": null, "currency": null}], "dates": [{"text": "Monday morning", "start": 42, "end": 56, "sentenceIndex": 0, "value": "2024-05-13", "granularity": "day", "relative": true, "anchor": "2024-05-13", "alternativeValue": null, "endValue": null}], "quotes": [{"text": "It has been a long wait, but the bridge is now safer than it has been in decades", "start": 367, "end": 447, "sentenceIndex": 3, "speaker": "Anne Ward", "speakerPartyId": 31}]}}
                """,
                ["400"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "Address not allowed", "status": 400, "detail": "http://169.254.169.254/latest/meta-data/ was not fetched: 169.254.169.254 is a cloud metadata address, and NewsApi:Fetch:AllowPrivateNetworks is off.", "code": "address-not-allowed"}
                """,
                ["401"] = Unauthorized,
                ["409"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.10", "title": "Duplicate article", "status": 409, "detail": "An article with the same URL or the same title and body is already stored as article 2.", "existingId": 2, "location": "/api/articles/2"}
                """,
                ["413"] = TooLarge,
                ["422"] = """
                {"type": "https://tools.ietf.org/html/rfc4918#section-11.2", "title": "No article text", "status": 422, "detail": "https://www.businessledger.example/shipyard has no article to store: it is behind a paywall (isAccessibleForFree is false) and shows 26 words.", "code": "no-article"}
                """,
                ["429"] = TooManyRequests,
                ["502"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.6.3", "title": "Upstream error", "status": 502, "detail": "https://www.coastalcourier.example/news/gone answered 404 Not Found.", "code": "upstream-status", "upstreamStatus": 404}
                """,
                ["504"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.6.5", "title": "Fetch timed out", "status": 504, "detail": "https://slow.example/story did not answer in full within 20 s.", "code": "timeout"}
                """,
            }),
        ["ListFeeds"] = new(
            null,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["200"] = """
                [{"url": "https://www.coastalcourier.example/feeds/news.xml", "source": null, "lastPolledAt": "2026-12-06T23:04:42.7629279+00:00", "lastSuccessAt": "2026-12-06T23:04:42.7629279+00:00", "lastError": null, "consecutiveFailures": 0, "itemsStored": 2, "notModifiedCount": 0, "nextPollAt": "2026-12-06T23:19:42.7629279+00:00", "etag": "\"rss.xml-1336\"", "lastModified": "Mon, 13 May 2024 06:30:00 GMT"}, {"url": "https://feeds.metrodaily.example/transport.rss", "source": null, "lastPolledAt": "2026-12-06T23:04:37.100188+00:00", "lastSuccessAt": null, "lastError": "Upstream error: https://feeds.metrodaily.example/transport.rss answered 503 Service Unavailable.", "consecutiveFailures": 1, "itemsStored": 0, "notModifiedCount": 0, "nextPollAt": "2026-12-06T23:24:37.100188+00:00", "etag": null, "lastModified": null}]
                """,
            }),
        ["ListCooccurringParties"] = new(
            null,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["200"] = """
                {"partyId": 3, "items": [{"id": 1, "name": "Syria", "type": "place", "articleCount": 2, "mentionCount": 12}, {"id": 4, "name": "United States", "type": "place", "articleCount": 2, "mentionCount": 9}, {"id": 8, "name": "Moscow", "type": "place", "articleCount": 2, "mentionCount": 3}]}
                """,
                ["404"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.5", "title": "Not Found", "status": 404, "detail": "No party with id 999."}
                """,
                ["400"] = """
                {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.1", "title": "One or more validation errors occurred.", "status": 400, "detail": "One or more fields are invalid: see errors.", "errors": {"limit": ["'limit' must be between 1 and 100."]}}
                """,
            }),
    };

    private const string Unauthorized = """
        {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.2", "title": "Missing or invalid API key", "status": 401, "detail": "Send a valid key in the X-Api-Key header to create, replace or delete articles."}
        """;

    private const string TooLarge = """
        {"type": "https://tools.ietf.org/html/rfc9110#section-15.5.14", "title": "Content Too Large", "status": 413, "detail": "The request body is 1100012 bytes; this operation accepts at most 1048576 bytes."}
        """;

    private const string TooManyRequests = """
        {"title": "Too many requests", "status": 429, "detail": "Anonymous clients may send a limited number of these requests per window; retry after 60 s or send an X-Api-Key."}
        """;
}
