using System.Buffers;
using NewsApi.Analysis.Facts.Parties.Tagger;
using NewsApi.Analysis.Text;
using static NewsApi.Analysis.Facts.Parties.RoleReader;
using static NewsApi.Analysis.Facts.Parties.UnitText;

namespace NewsApi.Analysis.Facts.Parties;

/// <summary>
/// Finds person, organisation and place names in one sentence: capitalised runs of words are chunked, sentence-initial
/// common words, nationality adjectives and titles are peeled off, and what is left is typed from the gazetteers,
/// organisation and place cue words, given names and the surrounding words. Roles are read from premodifiers
/// ("Kremlin spokesman Dmitry Peskov") and appositives ("Ben Rhodes, ... deputy national security advisor ...").
/// </summary>
internal sealed class MentionFinder
{
    private readonly PartyLexicon _lexicon;
    private readonly PartyExtractorOptions _options;

    private readonly PartyTagger? _tagger;

    private readonly NameLookup _lookup;
    private readonly RuleChunker _rules;

    public MentionFinder(PartyLexicon lexicon, PartyExtractorOptions options)
    {
        _lexicon = lexicon;
        _options = options;
        _lookup = new NameLookup(lexicon);
        _rules = new RuleChunker(lexicon, _lookup, new ChunkSplitter(lexicon, _lookup, new NameClassifier(lexicon, _lookup, options)));
        _tagger = options.Recognizer == PartyRecognizer.Rules ? null : options.Tagger ?? PartyTagger.Shared;
    }

    /// <summary>
    /// Adds the sentence's mentions to <paramref name="output"/>. A headline in capitals carries no case information:
    /// without <paramref name="bodyForms"/> it is left for later (returns false), so it can be read with the names the
    /// body spells in mixed case.
    /// </summary>
    public bool Find(TextDocument document, Sentence sentence, DocumentLayout layout, IReadOnlyDictionary<string, RawMention>? bodyForms, List<RawMention> output)
    {
        var units = WordUnit.Build(document, sentence);
        var headline = IsHeadline(units);
        if (headline && bodyForms is null && _options.Recognizer != PartyRecognizer.Tagger)
        {
            return false;
        }

        _lookup.Layout = layout;
        var found = new List<RawMention>();
        if (headline && _options.Recognizer != PartyRecognizer.Tagger)
        {
            HeadlineMentions.Find(document.Text, units, _lexicon, bodyForms!, layout, found);
        }
        else if (_tagger is null || _options.Recognizer == PartyRecognizer.Rules)
        {
            _rules.Find(document.Text, units, found);

            BracketAcronyms.Attach(document.Text, units, found);
        }
        else
        {
            var tagged = TaggedMentions.Find(_tagger, _lexicon, document.Text, units);
            if (_options.Recognizer == PartyRecognizer.Combined)
            {
                _rules.Find(document.Text, units, found);
                BracketAcronyms.Attach(document.Text, units, found);
                found = TaggedMentions.Combine(tagged, found, _options.TaggerConfirmsGuesses);
            }
            else
            {
                found = tagged;
            }
        }

        foreach (var m in found)
        {
            if (m.Type == PartyType.Person && m.FirstUnit > 0 && PartyLexicon.Honorifics.TryGetValue(units[m.FirstUnit - 1].Text, out var sex))
            {
                m.Sex = sex;
            }
        }

        if (!headline && found.Exists(static m => m.Type == PartyType.Person))
        {
            // Which mention covers each unit, so role reading costs O(1) per word however long the sentence is
            // (a scan of all the sentence's mentions per word was quadratic in a long run of names).
            var byUnit = ArrayPool<RawMention?>.Shared.Rent(units.Count);
            try
            {
                var index = new SentenceMentions(found, byUnit, units.Count);
                foreach (var m in found)
                {
                    if (m.Type == PartyType.Person)
                    {
                        FindRole(document.Text, units, m, index);
                        if (m.Role is not null)
                        {
                            index.WithRole.Add(m);
                        }
                    }
                }
            }
            finally
            {
                ArrayPool<RawMention?>.Shared.Return(byUnit, clearArray: true);
            }
        }

        output.AddRange(found);
        return true;
    }
}
