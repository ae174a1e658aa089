using NewsApi.Analysis.Facts;
using static NewsApi.Analysis.Tests.Facts.Parties.PartyTexts;

namespace NewsApi.Analysis.Tests.Facts.Parties;

/// <summary>News layouts, organisation lexicons, honorifics and names that are not parties (issue 12).</summary>
public sealed class PartyLayoutTests
{
    [Theory]
    [InlineData("CRICKET - LEICESTERSHIRE WIN AT HOME .\n\nLONDON 1996-08-30\n\nLeicestershire beat Somerset by an innings at Leicester on Friday .", "Leicestershire", PartyType.Organization)]
    [InlineData("CRICKET - LEICESTERSHIRE WIN AT HOME .\n\nLONDON 1996-08-30\n\nLeicestershire beat Somerset by an innings at Leicester on Friday .", "LEICESTERSHIRE", PartyType.Organization)]
    [InlineData("CRICKET - LEICESTERSHIRE WIN AT HOME .\n\nLONDON 1996-08-30\n\nLeicestershire beat Somerset by an innings at Leicester on Friday .", "LONDON", PartyType.Place)]
    [InlineData("SOCCER - RESULTS .\n\nResults of matches played on Saturday : Manchester City 2 Leeds 1 .", "Manchester City", PartyType.Organization)]
    [InlineData("SOCCER - RESULTS .\n\nResults of matches played on Saturday : Manchester City 2 Leeds 1 .", "Leeds", PartyType.Organization)]
    [InlineData("SOCCER - RESULTS .\n\nThe match in Leeds was postponed , officials said .", "Leeds", PartyType.Place)]
    [InlineData("SOCCER - ENGLAND WIN .\n\nEngland beat Moldova 3-0 in a World Cup qualifier on Saturday .", "England", PartyType.Place)]
    [InlineData("Prices rose in Leeds and Chicago on Friday , officials said .", "Leeds", PartyType.Place)]
    [InlineData("CRICKET - ESSEX CLOSE IN .\n\nLONDON 1996-08-30\n\nBy stumps Essex had reached 108 for three against Kent .", "Essex", PartyType.Organization)]
    [InlineData("CRICKET - ESSEX CLOSE IN .\n\nLONDON 1996-08-30\n\nBy stumps Essex had reached 108 for three against Kent .", "Kent", PartyType.Organization)]
    [InlineData("Floods closed roads across Kent and Essex on Friday , police said .", "Kent", PartyType.Place)]
    [InlineData("BASEBALL - STANDINGS .\n\nCENTRAL DIVISION HOUSTON 72 63 .533 - ST LOUIS 69 65 .515", "ST LOUIS", PartyType.Organization)]
    [InlineData("The plant near St Louis closed on Friday , officials said .", "St Louis", PartyType.Place)]
    [InlineData("NFL AMERICAN FOOTBALL-CUNNINGHAM RETIRES .\n\nCunningham played his entire career with the Philadelphia Eagles .", "Philadelphia Eagles", PartyType.Organization)]
    [InlineData("Randall Cunningham threw two touchdowns as the Philadelphia Eagles won ; the quarterbacks ' coach praised the season , the match and the victory .", "Philadelphia Eagles", PartyType.Organization)]
    [InlineData("Randall Cunningham thanked the fans of Philadelphia Eagles , he said .", "Philadelphia", PartyType.Place)]
    [InlineData("BASEBALL - RESULTS .\n\nJuan Gonzalez homered as the Texas Rangers defeated the Seattle Mariners 5-3 in the league .", "Texas Rangers", PartyType.Organization)]
    [InlineData("BASEBALL - RESULTS .\n\nJuan Gonzalez homered as the Texas Rangers defeated the Seattle Mariners 5-3 in the league .", "Seattle Mariners", PartyType.Organization)]
    [InlineData("BASEBALL - RESULTS .\n\nThe Orioles stayed level with the Red Sox in the league after the win .", "Red Sox", PartyType.Organization)]
    [InlineData("BASEBALL - RESULTS .\n\nKevin Brown threw an eight-hitter and Devon White 's double won the league game .", "Devon White", PartyType.Person)]
    [InlineData("BASEBALL - RESULTS .\n\nHouston beat Boston 4-2 in the league season . At Denver , the Cubs won the match .", "Denver", PartyType.Place)]
    [InlineData("BASEBALL - RESULTS .\n\nIn Denver , the Cubs beat the Orioles 4-2 in the league .", "Denver", PartyType.Place)]
    [InlineData("BASEBALL - SCHEDULE .\n\nHouston beat Denver 4-2 in the league season .\n\nHOUSTON AT DENVER", "DENVER", PartyType.Place)]
    [InlineData("BASEBALL - SCHEDULE .\n\nHouston beat Denver 4-2 in the league season .\n\nHOUSTON AT DENVER", "HOUSTON", PartyType.Organization)]
    public void Sports_stories_read_towns_as_teams_and_countries_as_places(string body, string text, PartyType type) =>
        Assert.Equal(type, TypeOf(Extract(body), text));

    [Theory]
    [InlineData("Magna International Inc said on Friday it would buy the company .", "Magna International Inc")]
    [InlineData("Shares in Johnson Controls rose on Friday .", "Johnson Controls")]
    [InlineData("Analysts said Douglas & Lomason had done well .", "Douglas & Lomason")]
    [InlineData("The Italian tyre and cables giant Pirelli announced a move .", "Pirelli")]
    [InlineData("But the Le Matin newspaper , quoting witnesses , said the bomb exploded .", "Le Matin")]
    [InlineData("He was deported on a scheduled Air France flight to Conakry .", "Air France")]
    [InlineData("The distribution chain was sold , Zycie Warszawy daily said on Saturday .", "Zycie Warszawy")]
    [InlineData("The Conservative leader spoke in the House of Commons on Tuesday .", "House of Commons")]
    [InlineData("He played for Nice and Paris St Germain before he moved .", "Paris St Germain")]
    [InlineData("Buyers include Minneapolis-based First Bank System Inc. , analysts said .", "First Bank System Inc.")]
    [InlineData("Family-controlled Douglas & Lomason had revenue of $ 500 million .", "Douglas & Lomason")]
    [InlineData("The tour was announced by the Test and County Cricket Board on Friday .", "Test and County Cricket Board")]
    [InlineData("The future on the London International Financial Futures and Options Exchange rose .", "London International Financial Futures and Options Exchange")]
    [InlineData("Spanish first division team Deportivo Coruna will be without him .", "Deportivo Coruna")]
    [InlineData("Atletico Madrid signed the midfielder on Friday .", "Atletico Madrid")]
    [InlineData("The Russian foreign ministry said it was concerned .", "Russian foreign ministry")]
    [InlineData("It was filed by the Warsaw Newsroom on Friday .", "Warsaw Newsroom")]
    [InlineData("He wrote to the Organisation of Islamic Conference on Saturday .", "Organisation of Islamic Conference")]
    [InlineData("The debates are run by the Commission on Presidential Debates , a charity .", "Commission on Presidential Debates")]
    [InlineData("The vote was backed by the Organisation for Security and Cooperation in Europe on Monday .", "Organisation for Security and Cooperation in Europe")]
    [InlineData("The Organisation for Security and Cooperation in Europe sent observers .", "Organisation for Security and Cooperation in Europe")]
    [InlineData("The British Museum will lend the statue to a gallery in Rome .", "British Museum")]
    [InlineData("Visitors queued outside the British Museum on Sunday .", "British Museum")]
    [InlineData("Workers at Harmony Brothers Ltd stopped work on Monday .", "Harmony Brothers Ltd")]
    [InlineData("The venture will be called Anhui Dragon Textile Company Ltd , which will make yarn .", "Anhui Dragon Textile Company Ltd")]
    public void Organisations_from_lexicons_suffixes_and_context(string body, string text) =>
        Assert.Equal(PartyType.Organization, TypeOf(Extract(body), text));

    [Fact]
    public void A_lone_word_that_opens_an_organisation_named_in_full_is_its_short_name()
    {
        var parties = Extract("Magna International Inc said on Friday it would buy the firm . Magna was up 1/8 on the day , said Magna .");
        var magna = Assert.Single(parties, p => p.Type == PartyType.Organization);
        Assert.Equal(3, magna.MentionCount);
        Assert.Contains("Magna", magna.Aliases);
    }

    [Theory]
    [InlineData("BASEBALL - RESULTS .\n\nThe Florida Marlins beat the Seattle Mariners 3-1 . Marlins manager Jim Leyland said the league was hard .", "Marlins", PartyType.Organization)]
    [InlineData("BASEBALL - MARLINS WIN AGAIN .\n\nThe Florida Marlins beat the Seattle Mariners 3-1 in the league on Friday .", "MARLINS", PartyType.Organization)]
    [InlineData("Jones Medical completes acquisition .\n\nST. LOUIS 1996-08-30\n\nJones Medical Industries Inc said on Friday it completed the deal .", "Jones Medical", PartyType.Organization)]
    [InlineData("Tony Blair met John Major . Major said the talks went well , Major told the Labour Party conference .", "Major", PartyType.Person)]
    [InlineData("Guards beat Halvorsen in his cell , his lawyer said . Halvorsen said he was never charged .", "Halvorsen", PartyType.Person)]
    [InlineData("Villagers protested against Halvorsen on Friday . Halvorsen said he would not resign .", "Halvorsen", PartyType.Person)]
    [InlineData("SOCCER - RESULTS .\n\nLakeside beat Halvorsen 2-1 in the league season on Saturday , the coach said after the match .", "Halvorsen", PartyType.Organization)]
    public void A_lone_word_takes_the_type_of_the_full_name_it_belongs_to(string body, string text, PartyType type) =>
        Assert.Equal(type, TypeOf(Extract(body), text));

    [Theory]
    [InlineData("The Nina Halvorsen Foundation opened a gallery on Monday . Nina Halvorsen founded it in 1990 and still visits it .", "Nina Halvorsen")]
    [InlineData("Peter Lindqvist Trust grants rose . The painter Peter Lindqvist left the Peter Lindqvist Trust his house .", "Peter Lindqvist")]
    public void A_person_an_organisation_is_named_after_stays_a_person(string body, string text) =>
        Assert.Equal(PartyType.Person, TypeOf(Extract(body), text));

    [Theory]
    [InlineData("Commuter Tom Reilly said the trains were late .", "Tom Reilly", "Commuter Tom Reilly")]
    [InlineData("Fullback Andre Lindqvist scored twice in the second half .", "Andre Lindqvist", "Fullback Andre Lindqvist")]
    public void A_describing_noun_opening_the_sentence_is_not_part_of_the_name(string body, string name, string wrong)
    {
        var parties = Extract(body);
        Assert.Equal(PartyType.Person, TypeOf(parties, name));
        Assert.Null(TypeOf(parties, wrong));
    }

    [Theory]
    [InlineData("The match was played at the Oval in 2003 But Harwood made clear he wanted the job .", "But Harwood")]
    [InlineData("She was jailed at Leicester Crown Court After Amy Quill admitted the charge .", "After Amy Quill")]
    public void A_conjunction_inside_a_capitalised_run_opens_a_clause(string body, string wrong) =>
        Assert.Null(TypeOf(Extract(body), wrong));

    [Theory]
    [InlineData("\" We will stay , \" alliance spokesman Lieutenant-Colonel Erik Sandvik said in the capital .", "Erik Sandvik")]
    [InlineData("The order was signed by Major-General Tom Hale on Monday .", "Tom Hale")]
    [InlineData("Secretary-General Ana Ferreira opened the session .", "Ana Ferreira")]
    public void A_hyphenated_rank_is_a_title_not_part_of_the_name(string body, string name) =>
        Assert.Equal(name, Assert.Single(Extract(body), p => p.Type == PartyType.Person).Name);

    [Theory]
    [InlineData("SOCCER - LEAGUE RESULTS .\n\nRosenborg beat Brann 2-1 on Saturday , and the Bergen side dropped to third in the league .", "Bergen", PartyType.Place)]
    [InlineData("SOCCER - LEAGUE RESULTS .\n\nRosenborg beat Brann 2-1 on Saturday and stay two points clear of the Stavanger club in the league .", "Stavanger", PartyType.Place)]
    [InlineData("SOCCER - LEAGUE RESULTS .\n\nBergen beat Stavanger 2-1 on Saturday in the league .", "Bergen", PartyType.Organization)]
    public void A_town_before_a_lower_case_team_noun_is_the_place(string body, string text, PartyType type) =>
        Assert.Equal(type, TypeOf(Extract(body), text));

    [Theory]
    [InlineData("The court heard from Helena Marsh QC on Monday . Helena Marsh said the case was weak .", "Helena Marsh")]
    [InlineData("Local MPs met on Friday , and Oliver Brandt MP said the plan was sound .", "Oliver Brandt")]
    [InlineData("Singer Martha Quill OBE opened the hall . Quill said it was an honour .", "Martha Quill")]
    public void Letters_after_a_name_are_no_part_of_it(string body, string name)
    {
        var person = Assert.Single(Extract(body), p => p.Type == PartyType.Person);
        Assert.Equal(name, person.Name);
        Assert.DoesNotContain(person.Mentions, m => m.Text.EndsWith("QC", StringComparison.Ordinal) || m.Text.EndsWith("MP", StringComparison.Ordinal) || m.Text.EndsWith("OBE", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Marten Olaf Lindgren said the trains were late .", "Marten Olaf Lindgren")]
    [InlineData("Prince Harry Lindgren said the trains were late .", "Harry Lindgren")]
    public void A_name_that_opens_with_a_given_name_or_a_title_keeps_its_words(string body, string name) =>
        Assert.Equal(PartyType.Person, TypeOf(Extract(body), name));

    [Theory]
    [InlineData("Marten Olaf Lindgren founded the firm in 1990 . Marten Lindgren said on Monday it would grow .", "Marten Olaf Lindgren", "Marten Lindgren")]
    [InlineData("Lena Hoffmann opened the school . Later Lena K. Hoffmann said the school would expand .", "Lena K. Hoffmann", "Lena Hoffmann")]
    public void A_full_name_with_and_without_middle_names_is_one_person(string body, string full, string shorter)
    {
        var parties = Extract(body);
        var person = Assert.Single(parties, p => p.Type == PartyType.Person);
        Assert.Equal(full, person.Name);
        Assert.Contains(person.Mentions, m => m.Text == shorter);
    }

    [Fact]
    public void Names_that_differ_in_more_than_middle_names_stay_apart()
    {
        var parties = Extract("Marten Olaf Lindgren founded the firm . Marten Erik Lindgren , his son , said it would grow .");
        Assert.Equal(2, parties.Count(p => p.Type == PartyType.Person));
    }

    [Theory]
    [InlineData("Anne Robinson presents the BBC quiz show The Weakest Link on weekdays .", "Weakest Link")]
    [InlineData("Anne Robinson presents the BBC quiz show The Weakest Link on weekdays .", "The Weakest Link")]
    [InlineData("She enjoyed the film In The Name Of The Father last year .", "In The Name Of The")]
    [InlineData("She appeared on ITV's This Morning last week .", "This Morning")]
    [InlineData("The Prime Minister appeared on Question Time on Thursday .", "Question Time")]
    [InlineData("He told the BBC's Newsnight that the plan would work .", "Newsnight")]
    [InlineData("He told the Today programme that taxes would rise .", "Today")]
    [InlineData("She starred in Notting Hill before the tour .", "Notting Hill")]
    [InlineData("Terms were set on Friday . NOTE - the figures are unaudited .", "NOTE")]
    [InlineData("The statement was released at 1400 GMT from the HQ .", "GMT")]
    [InlineData("The statement was released at 1400 GMT from the HQ .", "HQ")]
    [InlineData("The team arrives on May 13 and plays on May 15 .", "May")]
    [InlineData("Belgium kicked off their World Cup campaign on Saturday .", "World Cup")]
    [InlineData("Revenue N / A N / A - Net Income N / A N / A - Shares offered N / A", "N")]
    [InlineData("Revenue N / A N / A - Net Income N / A N / A - Shares offered N / A", "A N")]
    [InlineData("BASEBALL - STANDINGS .\n\nEASTERN DIVISION W L PCT GB HOUSTON 72 63 .533 - DENVER 69 65 .515\n\nWESTERN DIVISION W L PCT GB BOSTON 70 61 .534 - MIAMI 66 65 .504", "W L")]
    public void Titles_of_works_events_and_abbreviations_are_not_parties(string body, string text) =>
        Assert.Null(TypeOf(Extract(body), text));

    [Theory]
    [InlineData("The senator wants Congress to repeal the Fair Wages Act before the recess .", "Fair Wages Act")]
    [InlineData("The country was still recovering from its Velvet Revolution years , the author wrote .", "Velvet Revolution")]
    [InlineData("She has two career Coastal Tour victories and hopes for a third .", "Coastal Tour")]
    [InlineData("Athletes gathered at the Harbour Solidarity Meeting on Sunday .", "Harbour Solidarity Meeting")]
    [InlineData("Activists campaigned for the Equal Pay Amendment for a decade .", "Equal Pay Amendment")]
    public void A_name_that_ends_in_a_law_revolution_tour_or_meeting_is_not_a_party(string body, string text) =>
        Assert.Null(TypeOf(Extract(body), text));

    [Theory]
    [InlineData("Traders said the session was thin . Several traders left early on Friday .", "Traders")]
    [InlineData("Analysts said demand was weak . Other analysts expected a cut in rates .", "Analysts")]
    public void A_sentence_initial_word_the_text_also_writes_in_lower_case_is_not_a_party(string body, string text) =>
        Assert.Null(TypeOf(Extract(body), text));

    [Fact]
    public void A_sentence_initial_surname_of_someone_named_in_full_stays_a_person()
    {
        var parties = Extract("Gordon Brown spoke on Monday . Brown said the brown envelope was empty .");
        var brown = Assert.Single(parties, p => p.Key == "person:gordon-brown");
        Assert.Equal(2, brown.MentionCount);
    }

    [Theory]
    [InlineData("The flight was diverted to Luton airport on Sunday .", "Luton")]
    [InlineData("The match was played at the crowded Maksimir stadium .", "Maksimir")]
    [InlineData("Pilgrims gathered at the Umayyad mosque on Friday .", "Umayyad")]
    [InlineData("Rebels held the hills of the mountainous Zagros region for years .", "Zagros")]
    [InlineData("Fighting spread to the market town of Kolvani , residents said . Kolvani was quiet on Monday .", "Kolvani")]
    [InlineData("Police in the village of Dunmere said the road was closed .", "Dunmere")]
    public void A_name_before_a_place_noun_or_after_town_of_is_a_place(string body, string text) =>
        Assert.Equal(PartyType.Place, TypeOf(Extract(body), text));

    [Fact]
    public void A_named_day_is_no_party_but_a_place_before_it_is()
    {
        var parties = Extract("Markets in Canada were shut for the Labour Day holiday . Trade was thin before the French Bastille Day weekend .");
        Assert.DoesNotContain(parties, p => p.Mentions.Any(m => m.Text.Contains("Day", StringComparison.Ordinal)));
        Assert.Equal(PartyType.Person, TypeOf(Extract("Doris Day sang on Friday ."), "Doris Day"));
    }

    [Fact]
    public void An_adjective_before_a_place_noun_is_no_place() =>
        Assert.Null(TypeOf(Extract("The plane came down on an Arctic island on Thursday ."), "Arctic"));

    [Theory]
    [InlineData("Economist Mark Lewis said rates would rise .", "person:mark-lewis", "Economist")]
    [InlineData("Analyst Susan Gray expected a cut in rates .", "person:susan-gray", "Analyst")]
    public void A_sentence_initial_role_noun_before_a_given_name_is_the_role(string body, string key, string role) =>
        Assert.Equal(role, Assert.Single(Extract(body), p => p.Key == key).Role);

    [Fact]
    public void Honorifics_are_not_roles()
    {
        var parties = Extract("Michael Howard spoke on Tuesday . Mr Howard said the plan would fail .");
        var howard = Assert.Single(parties, p => p.Key == "person:michael-howard");
        Assert.Null(howard.Role);
        Assert.Contains("Howard", howard.Aliases);
    }

    [Theory]
    [InlineData("Dr John Reid said the claims were false .", "person:john-reid")]
    [InlineData("Sir Menzies Campbell said the party would oppose it .", "person:menzies-campbell")]
    [InlineData("Lady Thatcher said little on Tuesday .", "person:thatcher")]
    [InlineData("Dame Judi Dench said she was delighted .", "person:judi-dench")]
    public void Styles_of_address_are_not_roles(string body, string key) =>
        Assert.Null(Assert.Single(Extract(body), p => p.Key == key).Role);

    [Theory]
    [InlineData("Olaf Ludwig won the stage on Saturday .", "Olaf Ludwig", PartyType.Person)]
    [InlineData("Fraud investigators at OLAF said on Monday the case was closed .", "OLAF", PartyType.Organization)]
    public void An_acronym_in_the_lexicon_matches_only_capitals(string body, string text, PartyType type) =>
        Assert.Equal(type, TypeOf(Extract(body), text));

    [Theory]
    [InlineData("The New York-based pressure group said on Saturday that police had detained him .", "New York-based")]
    [InlineData("A London-based spokesman of the group declined to comment .", "London-based")]
    public void A_name_glued_to_a_participle_is_a_modifier(string body, string text) =>
        Assert.Null(TypeOf(Extract(body), text));

    [Theory]
    [InlineData("The judges praised Van der Berghe , who won the final on Sunday .", "Van der Berghe")]
    [InlineData("Coach Pieter van der Merwe said the squad was ready .", "Pieter van der Merwe")]
    public void Two_lower_case_particles_join_a_surname(string body, string text) =>
        Assert.Equal(PartyType.Person, TypeOf(Extract(body), text));

    [Theory]
    [InlineData("He appeared on Sky News on Monday .", "Sky News", PartyType.Organization)]
    [InlineData("She appeared on ITV's This Morning on Tuesday .", "ITV", PartyType.Organization)]
    [InlineData("She appeared on ITV on Tuesday .", "ITV", PartyType.Organization)]
    [InlineData("The minister appeared in Manchester on Friday .", "Manchester", PartyType.Place)]
    public void Known_parties_stay_where_a_work_could_stand(string body, string text, PartyType type) =>
        Assert.Equal(type, TypeOf(Extract(body), text));

    [Fact]
    public void An_acronym_in_capitals_is_still_an_organisation() =>
        Assert.Equal(PartyType.Organization, TypeOf(Extract("Officials said the FOMC would meet on Tuesday ."), "FOMC"));

    [Theory]
    [InlineData("The cars were made by Hyundai Motor Corp of South Korea and shipped on Friday .", "Hyundai Motor Corp", "South Korea")]
    [InlineData("It bought Jensen Pharmaceuticals Inc of Tampa , Florida , for $ 3 million .", "Jensen Pharmaceuticals Inc", "Tampa")]
    public void A_legal_form_closes_the_company_before_of_and_its_place(string body, string company, string place)
    {
        var parties = Extract(body);
        Assert.Equal(PartyType.Organization, TypeOf(parties, company));
        Assert.Equal(PartyType.Place, TypeOf(parties, place));
    }

    [Fact]
    public void A_name_stops_before_and_a_second_name_and_before_a_weekday()
    {
        var parties = Extract("The Bank of England and France agreed on a plan . Play resumed at the National Tennis Centre on Friday .");
        Assert.Equal(PartyType.Organization, TypeOf(parties, "Bank of England"));
        Assert.Equal(PartyType.Place, TypeOf(parties, "France"));
        Assert.NotNull(TypeOf(parties, "National Tennis Centre"));
        Assert.DoesNotContain(parties, p => p.Mentions.Any(m => m.Text.EndsWith(" on", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_name_with_of_inside_goes_on_to_its_legal_form() =>
        Assert.Equal(PartyType.Organization, TypeOf(Extract("Shares in Gold Fields of South Africa Ltd rose on Friday ."), "Gold Fields of South Africa Ltd"));

    [Fact]
    public void Two_companies_joined_by_and_stay_two()
    {
        var parties = Extract("Ford Motor Co and General Motors Corp both cut prices on Friday .");
        Assert.Equal(PartyType.Organization, TypeOf(parties, "Ford Motor Co"));
        Assert.Equal(PartyType.Organization, TypeOf(parties, "General Motors Corp"));
        Assert.Null(TypeOf(parties, "Motors Corp"));
    }

    [Fact]
    public void A_given_name_before_a_one_word_company_name_makes_a_surname()
    {
        var parties = Extract("Chancellor Gordon Brown will deliver his statement on Wednesday .");
        var brown = Assert.Single(parties, p => p.Key == "person:gordon-brown");
        Assert.Equal("Chancellor", brown.Role);
        Assert.DoesNotContain(parties, p => p.Type == PartyType.Organization);
    }

    [Fact]
    public void A_gendered_honorific_blocks_the_merge_with_a_name_of_the_other_sex()
    {
        var parties = Extract("Michael Howard spoke on Tuesday . Mrs Howard said she was proud of him .");
        var michael = Assert.Single(parties, p => p.Key == "person:michael-howard");
        Assert.DoesNotContain(michael.Mentions, m => m.Start > 30);
        var sandra = Assert.Single(parties, p => p.Key == "person:howard");
        Assert.Null(sandra.Role);
    }

    [Fact]
    public void A_gendered_honorific_joins_the_name_of_the_same_sex()
    {
        var parties = Extract("Michael Howard spoke . His wife Sandra Howard was there . Mrs Howard said she was proud .");
        var sandra = Assert.Single(parties, p => p.Key == "person:sandra-howard");
        Assert.Equal(2, sandra.MentionCount);
        Assert.Equal(1, Assert.Single(parties, p => p.Key == "person:michael-howard").MentionCount);
    }

    [Theory]
    [InlineData("KHASAVYURT , Russia 1996-08-31\n\nTalks began on Saturday .", "KHASAVYURT")]
    [InlineData("SOCCER - DRAW .\n\nLA CORUNA , Spain 1996-08-31\n\nA late goal gave Real a draw .", "LA CORUNA")]
    [InlineData("GOLF - LEADERS AFTER ROUND ONE .\n\nAKRON , Ohio 1996-08-29\n\nTom Lehman shot 65 to lead the field .", "Ohio")]
    [InlineData("SANTA ANA , Calif 1996-08-30\n\nThe county said on Friday it would appeal .", "Calif")]
    [InlineData("Officials met Mark Cairns in London on Friday .", null)]
    public void Datelines_name_places_and_towns_inside_names_stay_names(string body, string? place)
    {
        var parties = Extract(body);
        if (place is not null)
        {
            Assert.Equal(PartyType.Place, TypeOf(parties, place));
        }
        else
        {
            Assert.Equal(PartyType.Person, TypeOf(parties, "Mark Cairns"));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("SOCCER - \n\n")]
    [InlineData("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP .")]
    [InlineData("N / A N / A")]
    public void Degenerate_layouts_do_not_throw(string body) => Assert.NotNull(Extract(body));

    [Theory]
    [InlineData("Brontova weekly said on Monday the mill would close . Brontova said the owners had sold it .", "Brontova")]
    [InlineData("Shares in Kelvaro rose on Monday . Kelvaro said orders were strong and Kelvaro shares rose again .", "Kelvaro")]
    public void A_speech_verb_does_not_outvote_the_name_s_own_context(string body, string name)
    {
        var parties = Extract(body);
        Assert.Equal(PartyType.Organization, TypeOf(parties, name));
        Assert.DoesNotContain(parties, p => p.Type == PartyType.Person && p.Mentions.Any(m => m.Text == name));
    }

    [Fact]
    public void A_speech_verb_alone_still_names_a_person() =>
        Assert.Equal(PartyType.Person, TypeOf(Extract("Talks resumed on Monday . Vardelli said the plan was fair . Vardelli said no more ."), "Vardelli"));

    [Theory]
    [InlineData("TENNIS - ZORVIC WINS .\n\nNEW YORK 1996-08-30\n\nZorvic beat Halloran 6-3 6-4 on Friday . Halloran had won against Zorvic in June .", "Zorvic")]
    [InlineData("TENNIS - ZORVIC WINS .\n\nNEW YORK 1996-08-30\n\nZorvic beat Halloran 6-3 6-4 on Friday . Halloran had won against Zorvic in June .", "Halloran")]
    [InlineData("SQUASH - BREVIK OUT .\n\nHONG KONG 1996-08-30\n\nThe champion lost to Brevik in the final . My problem against Brevik is speed , he said .", "Brevik")]
    public void In_a_sport_of_one_against_one_the_opponent_is_a_person(string body, string name) =>
        Assert.Equal(PartyType.Person, TypeOf(Extract(body), name));

    [Theory]
    [InlineData("The visitors were led by Christian Vorlund , who scored twice .", "Christian Vorlund")]
    [InlineData("The new coach is German Quillotez , the club said on Monday .", "German Quillotez")]
    [InlineData("The second goal came from Chad Pellworth in the last minute .", "Chad Pellworth")]
    [InlineData("In the final he beat Jan Vorisek in three sets .", "Jan Vorisek")]
    [InlineData("Talks were led by Prime Minister John Major on Monday .", "John Major")]
    public void A_given_name_that_is_also_a_nationality_country_month_or_title_opens_a_person_s_name(string body, string name)
    {
        var parties = Extract(body);
        Assert.Equal(PartyType.Person, TypeOf(parties, name));
    }

    [Theory]
    [InlineData("Ministers met Christian Democrats in Bonn on Monday .", "Christian")]
    [InlineData("The market waited for August PMI data on Monday .", "August")]
    [InlineData("Troops crossed from Chad into Sudan on Monday .", "Chad")]
    public void Those_words_stay_what_they_are_elsewhere(string body, string word) =>
        Assert.DoesNotContain(Extract(body), p => p.Type == PartyType.Person && p.Mentions.Any(m => m.Text.StartsWith(word, StringComparison.Ordinal)));

    [Theory]
    [InlineData("SELLER : Quarnby Water District Bonds ST : KY RATING : None .", "SELLER")]
    [InlineData("SELLER : Quarnby Water District Bonds ST : KY RATING : None .", "RATING")]
    [InlineData("SELLER : Quarnby Water District Bonds ST : KY RATING : None .", "ST")]
    public void Capitalised_field_labels_before_a_colon_are_not_parties(string body, string label) =>
        Assert.DoesNotContain(Extract(body), p => p.Mentions.Any(m => m.Text.Split(' ').Contains(label)));

    [Fact]
    public void A_known_party_before_a_colon_stays() =>
        Assert.Equal(PartyType.Organization, TypeOf(Extract("NATO : the alliance said on Monday it would send more troops ."), "NATO"));

    [Fact]
    public void A_capitalised_locative_preposition_places_the_name() =>
        Assert.Equal(PartyType.Place, TypeOf(Extract("Results were posted on Friday .\n\nAt Dunmere Wells : the home side won easily ."), "Dunmere Wells"));

    [Fact]
    public void A_known_body_is_split_from_the_person_who_follows_it()
    {
        var parties = Extract("Speaker of the House of Commons Margaret Quenby said the sitting would resume .");
        Assert.Equal(PartyType.Organization, TypeOf(parties, "House of Commons"));
        Assert.Equal(PartyType.Person, TypeOf(parties, "Margaret Quenby"));
    }

    [Fact]
    public void An_office_is_not_an_organisation()
    {
        var parties = Extract("Officials said the Deputy Prime Minister Arno Vesk would visit on Monday .");
        Assert.DoesNotContain(parties, p => p.Type == PartyType.Organization);
        Assert.Equal(PartyType.Person, TypeOf(parties, "Arno Vesk"));
    }

    [Theory]
    [InlineData("SOCCER - SCOTTISH RESULTS .\n\nGLASGOW 1996-08-31\n\nResults on Saturday : Kelvin Thistle 2 Brora Athletic 1 Dallin Park 0 Morven Rovers 3 .", "Kelvin Thistle")]
    [InlineData("SOCCER - SCOTTISH RESULTS .\n\nGLASGOW 1996-08-31\n\nResults on Saturday : Kelvin Thistle 2 Brora Athletic 1 Dallin Park 0 Morven Rovers 3 .", "Dallin Park")]
    public void In_a_team_sport_a_name_before_a_score_is_a_team(string body, string name) =>
        Assert.Equal(PartyType.Organization, TypeOf(Extract(body), name));

    [Fact]
    public void A_batsman_with_an_initial_before_his_score_is_a_person() =>
        Assert.Equal(PartyType.Person, TypeOf(Extract("CRICKET - SCORES .\n\nLONDON 1996-08-31\n\nKent 250 ( T. Vorley 88 , M. Ashby 41 ) on Saturday ."), "T. Vorley"));

    [Fact]
    public void A_country_after_a_given_name_is_a_surname_and_stays_one()
    {
        var parties = Extract("Police said Trevor Jordan , 52 , escaped on Monday . Officers found Jordan in a shop two days later .");
        var person = Assert.Single(parties, p => p.Key == "person:trevor-jordan");
        Assert.Equal(2, person.MentionCount);
        Assert.DoesNotContain(parties, p => p.Type == PartyType.Place);
    }

    [Fact]
    public void A_headline_in_capitals_reads_the_surname_as_the_body_does()
    {
        var parties = Extract("POLICE FIND JORDAN IN SHOP .\n\nLONDON 1996-08-31\n\nPolice said Trevor Jordan , 52 , escaped on Monday . Officers found Jordan in a shop two days later .");
        var person = Assert.Single(parties, p => p.Key == "person:trevor-jordan");
        Assert.Contains(person.Mentions, m => m.Text == "JORDAN");
        Assert.DoesNotContain(parties, p => p.Key == "place:jordan");
    }

    [Fact]
    public void A_country_named_before_the_person_stays_a_place()
    {
        var parties = Extract("Troops left Jordan on Monday . Later Trevor Jordan said the border was calm .");
        Assert.Equal(PartyType.Place, TypeOf(parties, "Jordan"));
        Assert.Equal(PartyType.Person, TypeOf(parties, "Trevor Jordan"));
    }

    [Theory]
    [InlineData("The girl was taken from her school in Vellmar on Monday , police said .", "Vellmar")]
    [InlineData("The two sides met at Kreuzwald on Friday .", "Kreuzwald")]
    public void An_unknown_word_after_in_or_at_is_a_place(string body, string name) =>
        Assert.Equal(PartyType.Place, TypeOf(Extract(body), name));

    [Theory]
    [InlineData("The government took office in May 1995 , officials said .", "May")]
    [InlineData("The talks ended in Arab-Israeli discord on Monday .", "Arab-Israeli")]
    [InlineData("The new players arrived from Kreuzwald on Friday .", "Kreuzwald")]
    public void Months_nationalities_and_words_after_from_are_not_places_on_their_own(string body, string name) =>
        Assert.Null(TypeOf(Extract(body), name));

    [Theory]
    [InlineData("The bank is based in Lakeland , Fla. , and has 40 branches .", "Fla.", "place:florida")]
    [InlineData("The plant near Saginaw , Mich was closed on Monday .", "Mich", "place:michigan")]
    public void A_state_abbreviation_after_a_town_is_the_state(string body, string surface, string key)
    {
        var party = Assert.Single(Extract(body), p => p.Mentions.Any(m => m.Text == surface));
        Assert.Equal(key, party.Key);
    }

    [Theory]
    [InlineData("The Topeka , Mo.-based bank said on Monday it would close .")]
    [InlineData("They went to Mass on Sunday , Wash said .")]
    public void A_state_abbreviation_is_read_only_after_a_town(string body) =>
        Assert.DoesNotContain(Extract(body), p => p.Key is "place:missouri" or "place:massachusetts" or "place:washington");

    [Fact]
    public void In_a_team_sport_the_opponent_is_still_a_team() =>
        Assert.Equal(PartyType.Organization, TypeOf(Extract("SOCCER - RESULTS .\n\nLONDON 1996-08-30\n\nThe league leaders drew 1-1 against Dornwick on Saturday ."), "Dornwick"));
}

public sealed class PartyIdentifierTests
{
    [Theory]
    [InlineData("Talks were held in France on Monday .", "place:france", "iso3166:FR")]
    [InlineData("Talks were held in Moscow on Monday .", "place:moscow", "geonames:524901")]
    [InlineData("Shares of Lear Corp rose on Monday , traders said .", "organization:lear", "ticker:LEA:NYSE")]
    public void Gazetteer_parties_carry_open_identifiers(string body, string key, string id) =>
        Assert.Contains(id, Assert.Single(Extract(body), p => p.Key == key).Identifiers);

    [Fact]
    public void Cities_have_coordinates_and_countries_do_not()
    {
        var parties = Extract("Talks moved from Moscow to France on Monday .");
        var moscow = Assert.Single(parties, p => p.Key == "place:moscow");
        Assert.Equal(55.75, moscow.Latitude!.Value, 1);
        Assert.Equal(37.62, moscow.Longitude!.Value, 1);
        var france = Assert.Single(parties, p => p.Key == "place:france");
        Assert.Null(france.Latitude);
        Assert.Null(france.Longitude);
    }

    [Theory]
    [InlineData("Officials met Angela Merkel on Monday .", "person:angela-merkel")]
    [InlineData("The Federation of Widget Makers met on Monday .", "organization:federation-of-widget-makers")]
    [InlineData("Hyderabad officials said on Monday the plan would go ahead .", "place:hyderabad")]
    public void Unknown_or_ambiguous_parties_have_no_identifiers(string body, string key)
    {
        var party = Extract(body).SingleOrDefault(p => p.Key == key);
        if (party is not null)
        {
            Assert.Empty(party.Identifiers);
            Assert.Null(party.Latitude);
        }
    }
}
