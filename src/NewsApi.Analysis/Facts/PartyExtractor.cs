using NewsApi.Analysis.Facts.Parties;

namespace NewsApi.Analysis.Facts;

/// <summary>
/// Rule- and gazetteer-based recogniser for people, organisations and places, with in-document coreference.
/// Produces one <see cref="Party"/> per real-world party. Offsets point into the body; the title only informs salience.
/// The dateline place ("St Petersburg:") is reported as a mention of its place (sentence index 0, the sentence it opens).
/// </summary>
public sealed class PartyExtractor : IPartyExtractor
{
    private readonly MentionFinder _finder;
    private readonly PartyExtractorOptions _options;

    public PartyExtractor()
        : this(new PartyExtractorOptions())
    {
    }

    public PartyExtractor(PartyExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _finder = new MentionFinder(PartyLexicon.Shared, options);
    }

    public IReadOnlyList<Party> Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        var mentions = new List<RawMention>();
        AddDateline(document, mentions);
        var layout = DocumentLayout.Of(document);
        List<Text.Sentence>? headlines = null;
        foreach (var sentence in document.Sentences)
        {
            if (!_finder.Find(document, sentence, layout, null, mentions))
            {
                (headlines ??= []).Add(sentence);
            }
        }

        if (headlines is not null)
        {
            // Headlines in capitals are read last, with the names the body spells in mixed case.
            PartyResolver.HarmoniseBody(mentions);
            var bodyForms = BodyForms.Of(mentions);
            foreach (var sentence in headlines)
            {
                _finder.Find(document, sentence, layout, bodyForms, mentions);
            }
        }

        return PartyResolver.Resolve(mentions, context.Title, document.Sentences.Count, _options);
    }

    private static void AddDateline(Text.TextDocument document, List<RawMention> mentions)
    {
        if (document.Dateline is not { } dateline || dateline.End > document.Text.Length || dateline.Start >= dateline.End)
        {
            return;
        }

        var place = document.Text[dateline.Start..dateline.End];
        var normalized = string.Join(' ', place.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var lexicon = PartyLexicon.Shared;
        if (!lexicon.Places.TryGetValue(normalized, out var entry) && !lexicon.PlacesUpper.TryGetValue(normalized.ToUpperInvariant(), out entry))
        {
            return;
        }

        mentions.Add(new RawMention
        {
            Start = dateline.Start,
            End = dateline.End,
            Text = place,
            SentenceIndex = 0,
            FirstUnit = 0,
            LastUnit = 0,
            Words = normalized.Count(c => c == ' ') + 1,
            Type = PartyType.Place,
            Evidence = Evidence.Lexicon,
            Canonical = entry.Canonical,
            Country = entry.Country,
        });
    }
}
