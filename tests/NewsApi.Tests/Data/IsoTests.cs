using System.Globalization;
using NewsApi.Ingestion;

namespace NewsApi.Tests.Data;

/// <summary>Stored times are read by a digit-by-digit fast path; it must agree with the general ISO 8601 parser.</summary>
public sealed class IsoTests
{
    [Theory]
    [InlineData("2013-09-06T00:00:00Z")]
    [InlineData("1999-12-31T23:59:59Z")]
    [InlineData("2024-02-29T12:34:56Z")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("2013-09-06T10:00:00+02:00")]
    [InlineData("2013-09-06T10:00:00.123Z")]
    [InlineData("2013-09-06")]
    public void Parse_agrees_with_the_general_parser(string value)
    {
        var general = DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

        var parsed = Iso.Parse(value);

        Assert.Equal(general, parsed);
        Assert.Equal(general.Offset, parsed!.Value.Offset);
    }

    [Fact]
    public void Format_and_parse_round_trip_every_hour_of_a_leap_year()
    {
        for (var t = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero); t.Year == 2024; t = t.AddMinutes(61).AddSeconds(7))
        {
            Assert.Equal(t, Iso.Parse(Iso.Format(t)));
        }
    }

    [Theory]
    [InlineData("2013-02-30T00:00:00Z")]
    [InlineData("2013-09-06T24:00:00Z")]
    [InlineData("2013-13-06T00:00:00Z")]
    public void Impossible_times_in_the_stored_form_are_refused_as_before(string value)
    {
        Assert.Throws<FormatException>(() => Iso.Parse(value));
    }

    [Fact]
    public void Null_stays_null() => Assert.Null(Iso.Parse(null));
}
