using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Figures;

/// <summary>The seed article's expectations on an inline excerpt, so the test runs on a bare clone.</summary>
public sealed class SeedArticleFigureTests
{
    internal const string Excerpt =
        " St Petersburg:  US President Barack Obama and his Russian counterpart Vladimir Putin failed to bridge their bitter divisions.\n\n"
        + "Efforts to smooth over their split did not go beyond Putin's welcome of Obama to the G20 summit he was hosting.\n\n"
        + "Putin and Obama spoke for about half an hour on the sidelines of the summit, but neither managed to change the other's mind on Syria. \n\n"
        + "Putin has emerged as one of the most implacable critics of military intervention against the regime of Syrian President Bashar al-Assad over an alleged chemical weapons attack on August 21, saying any such move without UN blessing would be an aggression.\n\n"
        + "Russia and China - both veto-wielding permanent members of the Security Council - have on three occasions voted down resolutions that would have put pressure on Assad.\n\n"
        + "During a dinner on Thursday, leaders, including Obama, presented their positions on the Syria crisis.\n\n"
        + "UN chief Ban Ki-moon Friday also warned that military strikes could spark further sectarian violence.\n\n"
        + "The Syria crisis and prospect of military intervention has overshadowed the official agenda of the two-day summit of leaders of the world's top economies.\n\n"
        + "The US president held a bilateral meeting Friday morning with President Xi Jinping of China.\n\n"
        + "According to US intelligence, more than 1,400 people living in rebel-held suburbs of Damascus were killed in the August 21 chemical weapons attack.\n\n"
        + "With the clock ticking down to strikes, Russia said Syria's Foreign Minister Walid Muallem would travel to Moscow for talks on Monday.";

    [Fact]
    public void Finds_exactly_the_four_figures()
    {
        var figures = new FigureExtractor().Extract(new ExtractionContext(TextDocument.Parse(Excerpt), new DateOnly(2013, 9, 6)));

        Assert.Collection(
            figures,
            f => Assert.Equal(("about half an hour", 30d, "minutes", "about", FigureKinds.Duration), (f.Text, f.Value!.Value, f.Unit!, f.Qualifier!, f.Kind)),
            f => Assert.Equal(("three occasions", 3d, "occasions", FigureKinds.Count), (f.Text, f.Value!.Value, f.Unit!, f.Kind)),
            f => Assert.Equal(("two-day", 2d, "days", FigureKinds.Duration), (f.Text, f.Value!.Value, f.Unit!, f.Kind)),
            f => Assert.Equal(("more than 1,400 people", 1400d, "people", "more than", FigureKinds.Count), (f.Text, f.Value!.Value, f.Unit!, f.Qualifier!, f.Kind)));
        foreach (var f in figures)
        {
            Assert.Equal(f.Text, Excerpt[f.Start..f.End]);
        }
    }
}
