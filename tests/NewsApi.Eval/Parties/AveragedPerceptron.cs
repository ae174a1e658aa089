using NewsApi.Analysis.Facts.Parties.Tagger;

namespace NewsApi.Eval.Parties;

/// <summary>
/// Perceptron training with lazy averaging (each weight remembers when it last changed, so the running total is
/// brought up to date only when the weight is touched). Decodes exactly like <see cref="PartyTagger"/>.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly Dictionary<uint, Entry> _entries = [];
    private int _instances;

    public int FeatureCount => _entries.Count;

    /// <summary>Tags one sentence with the current weights, updates on each wrong label, and returns the number right.</summary>
    public int Learn(TaggerSentence sentence, int[] gold)
    {
        Span<uint> features = stackalloc uint[TaggerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[NerTags.Count];
        int previous = NerTags.Outside, beforePrevious = NerTags.Outside;
        var correct = 0;
        for (var i = 0; i < sentence.Count; i++)
        {
            var n = TaggerFeatures.Static(sentence, i, features);
            n = TaggerFeatures.WithLabels(sentence, i, previous, beforePrevious, features, n);
            scores.Clear();
            foreach (var f in features[..n])
            {
                if (_entries.TryGetValue(f, out var e))
                {
                    for (var l = 0; l < NerTags.Count; l++)
                    {
                        scores[l] += e.Weights[l];
                    }
                }
            }

            var guess = PartyTagger.Best(scores, previous);
            _instances++;
            if (guess == gold[i])
            {
                correct++;
            }
            else
            {
                foreach (var f in features[..n])
                {
                    Update(f, gold[i], 1);
                    Update(f, guess, -1);
                }
            }

            beforePrevious = previous;
            previous = guess;
        }

        return correct;
    }

    /// <summary>The averaged weights, without those whose magnitude is below <paramref name="prune"/>.</summary>
    public TaggerWeights Averaged(float prune)
    {
        var rows = new List<KeyValuePair<uint, float[]>>(_entries.Count);
        foreach (var (key, e) in _entries)
        {
            var values = new float[NerTags.Count];
            for (var l = 0; l < NerTags.Count; l++)
            {
                var total = e.Totals[l] + ((double)(_instances - e.Stamps[l]) * e.Weights[l]);
                var average = (float)(total / Math.Max(1, _instances));
                values[l] = Math.Abs(average) < prune ? 0 : average;
            }

            rows.Add(new(key, values));
        }

        return TaggerWeights.Create(rows);
    }

    private void Update(uint feature, int label, int delta)
    {
        if (!_entries.TryGetValue(feature, out var e))
        {
            e = new Entry();
            _entries[feature] = e;
        }

        e.Totals[label] += (double)(_instances - e.Stamps[label]) * e.Weights[label];
        e.Stamps[label] = _instances;
        e.Weights[label] += delta;
    }

    private sealed class Entry
    {
        public float[] Weights { get; } = new float[NerTags.Count];

        public double[] Totals { get; } = new double[NerTags.Count];

        public int[] Stamps { get; } = new int[NerTags.Count];
    }
}
