namespace NewsApi.Analysis.Facts.Parties.Tagger;

/// <summary>
/// Averaged-perceptron sequence tagger for PER/ORG/LOC/MISC names (IOB2), decoded greedily left to right with the two
/// previous labels as features. Trained by <c>eval train-parties</c> on GUM and WikiGold (CC BY 4.0); the weights are
/// the embedded resource <c>Parties/tagger.bin</c>, read once per process.
/// </summary>
public sealed class PartyTagger
{
    private static readonly Lazy<PartyTagger?> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly TaggerWeights _weights;

    public PartyTagger(TaggerWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _weights = weights;
    }

    /// <summary>The tagger with the shipped weights, or null when the assembly carries none.</summary>
    public static PartyTagger? Shared => Embedded.Value;

    public TaggerWeights Weights => _weights;

    /// <summary>Writes one label per token of <paramref name="sentence"/> into <paramref name="labels"/>.</summary>
    public void Tag(TaggerSentence sentence, Span<int> labels)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        Span<uint> features = stackalloc uint[TaggerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[NerTags.Count];
        int previous = NerTags.Outside, beforePrevious = NerTags.Outside;
        for (var i = 0; i < sentence.Count; i++)
        {
            var n = TaggerFeatures.Static(sentence, i, features);
            n = TaggerFeatures.WithLabels(sentence, i, previous, beforePrevious, features, n);
            scores.Clear();
            _weights.AddScores(features[..n], scores);
            var best = Best(scores, previous);
            labels[i] = best;
            beforePrevious = previous;
            previous = best;
        }
    }

    public int[] Tag(IReadOnlyList<string> tokens)
    {
        var labels = new int[tokens.Count];
        Tag(TaggerSentence.Create(tokens), labels);
        return labels;
    }

    /// <summary>The highest-scoring label that may follow <paramref name="previous"/> (ties go to the lower index, O first).</summary>
    public static int Best(ReadOnlySpan<float> scores, int previous)
    {
        var best = NerTags.Outside;
        var bestScore = float.NegativeInfinity;
        for (var l = 0; l < NerTags.Count; l++)
        {
            if (scores[l] > bestScore && NerTags.Allowed(previous, l))
            {
                best = l;
                bestScore = scores[l];
            }
        }

        return best;
    }

    private static PartyTagger? LoadEmbedded()
    {
        var assembly = typeof(PartyTagger).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("Parties.tagger.bin", StringComparison.Ordinal));
        if (name is null)
        {
            return null;
        }

        using var stream = assembly.GetManifestResourceStream(name)!;
        return new PartyTagger(TaggerWeights.Read(stream));
    }
}
