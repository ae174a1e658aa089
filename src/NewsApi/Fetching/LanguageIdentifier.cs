using Lingua;

namespace NewsApi.Fetching;

/// <summary>
/// The language of fetched text: detected by Lingua over every language it knows, in low-accuracy mode (trigram
/// models only, loaded on first use, 4.6 MB shipped instead of 72 MB; ~55 MB in memory once English has been
/// detected, against 1.8 GB and a 40 s start for all models preloaded), on the first <see cref="SampleChars"/>
/// characters. The page's declared language is kept when it agrees (so a region such as en-GB survives) and used
/// when detection has no answer; "en" only when neither says anything.
/// </summary>
public static class LanguageIdentifier
{
    /// <summary>Enough for a sure answer on news text and bounded in cost (detection is linear in length).</summary>
    public const int SampleChars = 1_000;

    public const string Fallback = "en";

    private static readonly Lazy<LanguageDetector> Detector = new(() => LanguageDetectorBuilder.FromAllLanguages()
        .WithLowAccuracyMode()
        .WithLanguageModelsDirectory(Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels"))
        .Build());

    public static string Identify(string text, string? declared)
    {
        ArgumentNullException.ThrowIfNull(text);
        var declaredCode = Normalise(declared);
        var detected = Detector.Value.DetectLanguageOf(Sample(text));
        if (detected == Language.Unknown)
        {
            return declaredCode ?? Fallback;
        }

        var code = detected.IsoCode6391().ToString().ToLowerInvariant();
        return declaredCode is not null && declaredCode.StartsWith(code, StringComparison.Ordinal) ? declaredCode : code;
    }

    /// <summary>"en_gb", "EN-GB" and "en-GB-oxendict" become "en-GB"; script subtags and other forms keep only "zh".</summary>
    public static string? Normalise(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var parts = tag.Trim().Replace('_', '-').Split('-');
        var language = parts[0].ToLowerInvariant();
        if (language.Length != 2 || !language.All(char.IsAsciiLetterLower))
        {
            return null;
        }

        return parts.Length > 1 && parts[1].Length == 2 && parts[1].All(char.IsAsciiLetter) ? $"{language}-{parts[1].ToUpperInvariant()}" : language;
    }

    private static string Sample(string text)
    {
        if (text.Length <= SampleChars)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', SampleChars);
        return text[..(cut > 0 ? cut : SampleChars)];
    }
}
