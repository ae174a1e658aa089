namespace NewsApi.Analysis.Text;

/// <summary>Finds a dateline ("St Petersburg:", "LONDON -") at the very start of a body. (Initial version.)</summary>
public static class DatelineDetector
{
    private const int MaxPlaceLength = 40;

    public static Dateline? Detect(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        var start = i;
        var limit = Math.Min(text.Length, start + MaxPlaceLength);
        for (var j = start; j < limit; j++)
        {
            var c = text[j];
            if (c == ':' && j > start && char.IsUpper(text[start]))
            {
                var place = text[start..j].TrimEnd();
                if (place.Split(' ').All(w => w.Length > 0 && char.IsUpper(w[0])))
                {
                    var body = j + 1;
                    while (body < text.Length && char.IsWhiteSpace(text[body]))
                    {
                        body++;
                    }

                    return new Dateline(place, start, start + place.Length, body);
                }

                return null;
            }

            if (!(char.IsLetter(c) || c == ' ' || c == '.' || c == '-' || c == '\''))
            {
                return null;
            }
        }

        return null;
    }
}
