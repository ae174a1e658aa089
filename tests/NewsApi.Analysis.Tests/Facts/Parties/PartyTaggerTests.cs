using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Facts.Parties.Tagger;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Parties;

public sealed class PartyTaggerTests
{
    private static string[] Labels(PartyTagger tagger, params string[] tokens) =>
        tagger.Tag(tokens).Select(NerTags.Name).ToArray();

    /// <summary>Weights that make every token B-PER on its own, and I-PER after a B-PER or I-PER.</summary>
    private static TaggerWeights PersonEverywhere()
    {
        var bias = new float[NerTags.Count];
        bias[NerTags.Parse("B-PER")] = 1;
        var afterPerson = new float[NerTags.Count];
        afterPerson[NerTags.Parse("I-PER")] = 5;
        var rows = new List<KeyValuePair<uint, float[]>> { new(FeatureHash.Mix(1, 0), bias) };
        foreach (var previous in new[] { "B-PER", "I-PER" })
        {
            rows.Add(new(FeatureHash.Mix(30, (uint)NerTags.Parse(previous)), afterPerson));
        }

        return TaggerWeights.Create(rows);
    }

    [Fact]
    public void Shipped_weights_are_embedded() => Assert.NotNull(PartyTagger.Shared);

    [Fact]
    public void Empty_sentence_has_no_labels() => Assert.Empty(PartyTagger.Shared!.Tag(Array.Empty<string>()));

    [Theory]
    [InlineData(new[] { "Barack", "Obama", "spoke", "in", "Paris", "on", "Friday", "." }, new[] { "B-PER", "I-PER", "O", "O", "B-LOC", "O", "O", "O" })]
    [InlineData(new[] { "He", "met", "Angela", "Merkel", "in", "Berlin", "." }, new[] { "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O" })]
    [InlineData(new[] { "the", "cat", "sat", "on", "the", "mat", "." }, new[] { "O", "O", "O", "O", "O", "O", "O" })]
    public void Shipped_tagger_finds_clear_names(string[] tokens, string[] expected) =>
        Assert.Equal(expected, Labels(PartyTagger.Shared!, tokens));

    [Fact]
    public void Inside_labels_only_continue_a_name_of_the_same_type()
    {
        // Bias towards I-LOC everywhere: IOB2 forbids it at the start and after a name of another type.
        var bias = new float[NerTags.Count];
        bias[NerTags.Parse("I-LOC")] = 10;
        bias[NerTags.Parse("B-PER")] = 1;
        var tagger = new PartyTagger(TaggerWeights.Create([new(FeatureHash.Mix(1, 0), bias)]));
        var labels = tagger.Tag(["Alpha", "beta", "Gamma"]);
        for (var i = 0; i < labels.Length; i++)
        {
            Assert.True(NerTags.Allowed(i == 0 ? NerTags.Outside : labels[i - 1], labels[i]), $"label {i} is {NerTags.Name(labels[i])}");
        }
    }

    [Fact]
    public void Previous_label_features_chain_a_name()
    {
        Assert.Equal(["B-PER", "I-PER", "I-PER"], Labels(new PartyTagger(PersonEverywhere()), "a", "b", "c"));
    }

    [Fact]
    public void Features_are_deterministic_and_bounded()
    {
        var tokens = new[] { "UN", "Secretary-General", "Ban", "Ki-moon", "'s", "visit", "to", "U.S.", "in", "1996", "." };
        var a = TaggerSentence.Create(tokens);
        var b = TaggerSentence.Create(tokens);
        Span<uint> fa = stackalloc uint[TaggerFeatures.MaxFeatures];
        Span<uint> fb = stackalloc uint[TaggerFeatures.MaxFeatures];
        for (var i = 0; i < tokens.Length; i++)
        {
            var n = TaggerFeatures.Static(a, i, fa);
            n = TaggerFeatures.WithLabels(a, i, 1, 0, fa, n);
            var m = TaggerFeatures.Static(b, i, fb);
            m = TaggerFeatures.WithLabels(b, i, 1, 0, fb, m);
            Assert.True(n <= TaggerFeatures.MaxFeatures);
            Assert.True(fa[..n].SequenceEqual(fb[..m]));
            Assert.DoesNotContain(0u, fa[..n].ToArray());
        }
    }

    [Fact]
    public void Headline_in_capitals_is_flagged_and_still_finds_known_places()
    {
        var sentence = TaggerSentence.Create(["SOCCER", "-", "RUSSIA", "BEAT", "FRANCE", "IN", "MOSCOW"]);
        Span<uint> features = stackalloc uint[TaggerFeatures.MaxFeatures];
        var n = TaggerFeatures.Static(sentence, 6, features);
        Assert.Contains(FeatureHash.Mix(12, 3), features[..n].ToArray()); // headline flag (bit 3)
        Assert.Contains(FeatureHash.Mix(12, 8), features[..n].ToArray()); // place gazetteer (bit 8)
    }

    [Fact]
    public void Weight_file_round_trips()
    {
        var original = PartyTagger.Shared!.Weights;
        using var stream = new MemoryStream();
        original.Write(stream);
        stream.Position = 0;
        var copy = TaggerWeights.Read(stream);
        Assert.Equal(original.FeatureCount, copy.FeatureCount);
        var expected = original.Rows().ToDictionary(r => r.Key, r => r.Value);
        foreach (var (key, values) in copy.Rows())
        {
            // The file stores int16 with one scale: the shipped weights are themselves quantised, so this is exact.
            Assert.Equal(expected[key], values);
        }
    }

    [Fact]
    public void Small_weight_file_round_trips_within_quantisation()
    {
        var weights = PersonEverywhere();
        using var stream = new MemoryStream();
        weights.Write(stream);
        stream.Position = 0;
        var copy = TaggerWeights.Read(stream);
        var expected = weights.Rows().ToDictionary(r => r.Key, r => r.Value);
        Assert.Equal(expected.Count, copy.FeatureCount);
        foreach (var (key, values) in copy.Rows())
        {
            for (var l = 0; l < NerTags.Count; l++)
            {
                Assert.Equal(expected[key][l], values[l], 3);
            }
        }
    }

    [Fact]
    public void Corrupt_weight_file_is_rejected()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
        {
            gzip.Write("NOPE"u8);
        }

        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => TaggerWeights.Read(stream));
    }

    [Theory]
    [InlineData(PartyRecognizer.Tagger)]
    [InlineData(PartyRecognizer.Combined)]
    public void Tagger_modes_find_people_and_places(PartyRecognizer recognizer)
    {
        var extractor = new PartyExtractor(new PartyExtractorOptions { Recognizer = recognizer });
        var parties = extractor.Extract(new ExtractionContext(TextDocument.Parse("Officials met Angela Merkel in Berlin on Monday. Merkel's plan was approved."), null));
        Assert.Contains(parties, p => p.Key == "person:angela-merkel" && p.Mentions.Count == 2);
        Assert.Contains(parties, p => p.Key == "place:berlin");
    }

    [Fact]
    public void Combined_mode_keeps_the_seed_people()
    {
        var parties = new PartyExtractor(new PartyExtractorOptions { Recognizer = PartyRecognizer.Combined }).Extract(SeedArticle.Context());
        var people = parties.Where(p => p.Type == PartyType.Person).Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["Ban Ki-moon", "Barack Obama", "Bashar al-Assad", "Ben Rhodes", "Dmitry Peskov", "Francois Hollande", "Laurent Fabius", "Vladimir Putin", "Walid Muallem", "Xi Jinping", "Yury Ushakov"],
            people);
    }
}
