using NewsApi.Analysis.Facts;
using NewsApi.Analysis.Facts.Quotes;
using NewsApi.Analysis.Text;

namespace NewsApi.Analysis.Tests.Facts.Quotes;

/// <summary>One sieve at a time, on tiny documents: who each quote is given to (speaker name, or "-").</summary>
public sealed class SpeakerSieveTests
{
    private static string[] Speakers(string body, QuoteSieves sieves = QuoteSieves.All)
    {
        var context = new ExtractionContext(TextDocument.Parse(body), null);
        var quotes = new QuoteExtractor(new QuoteExtractorOptions { Sieves = sieves }).Extract(context, new PartyExtractor().Extract(context));
        Assert.All(quotes, q => Assert.Equal(body[q.Start..q.End], q.Text));
        return quotes.Select(q => q.Speaker ?? "-").ToArray();
    }

    [Theory]
    [InlineData("Rory McIlroy won in Ohio. 'It was a great round for the whole team,' McIlroy said.", "Rory McIlroy")]
    [InlineData("Rory McIlroy won in Ohio. \"It was a great round for the whole team,\" said McIlroy.", "Rory McIlroy")]
    [InlineData("Critics attacked Sarah Stancil. \"That is simply not true at all,\" Stancil fired back.", "Sarah Stancil")]
    [InlineData("\"We have done nothing wrong here,\" Tom Brady, the quarterback, told CNN.", "Tom Brady")]
    [InlineData("Angela Merkel arrived late. She told reporters: 'We have a plan for the whole country.'", "Angela Merkel")]
    [InlineData("'The plan has failed completely,' according to Angela Merkel.", "Angela Merkel")]
    [InlineData("Prices rose again. As the economist Maria Lopez summarised it: 'Prices will keep rising all year.'", "Maria Lopez")]
    [InlineData("The report ends with a famous quote by Maria Lopez: 'Nobody ever wins a trade war.'", "Maria Lopez")]
    public void Same_sentence_cues(string body, string speaker) => Assert.Equal([speaker], Speakers(body));

    [Theory]
    [InlineData("Storms hit Dover overnight. 'We lost power on every street,' said the mayor, Helen Carver, according to Reuters.", "Helen Carver")]
    [InlineData("Tom Welling spoke to reporters in Leeds. 'Nobody told us about the delay,' he said, according to the Press Association.", "Tom Welling")]
    [InlineData("Storms hit Dover overnight. 'We lost power on every street,' according to Helen Carver, who spoke to Reuters.", "Helen Carver")]
    public void A_verb_of_saying_before_according_to_gives_the_speaker_not_the_source(string body, string speaker) =>
        Assert.Equal([speaker], Speakers(body));

    [Theory]
    [InlineData("Tom Reilly joined the club in May, and while he admitted Peter Lamb may want to leave, Reilly kept the door open. He added: 'I would love to keep working with the whole staff.'", "Tom Reilly")]
    [InlineData("Tom Reilly met the board on Monday and Reilly told Peter Lamb about the offer at once. 'It is the best offer we have had in years,' he said.", "Tom Reilly")]
    [InlineData("The club spoke on Friday. While he admitted Peter Lamb may want to leave, Tom Reilly kept the door open. He added: 'I would love to keep working with the whole staff.'", "Tom Reilly")]
    public void A_name_after_a_verb_that_has_its_own_subject_is_its_object_not_a_speaker(string body, string speaker) =>
        Assert.Equal([speaker], Speakers(body));

    [Theory]
    [InlineData("The board met in Leeds. Tom Reilly defended the budget: 'Every school in the city gets more money this year.'", "Tom Reilly")]
    [InlineData("The board met in Leeds. At the hearing on Monday, Helen Carver set out her case: 'The plan was never costed at all.'", "Helen Carver")]
    [InlineData("Tom Reilly met Helen Carver in Leeds. Later that night she took to Twitter: 'It was the worst evening of my life.'", "Helen Carver")]
    public void A_clause_ending_in_a_colon_gives_its_subject_as_the_speaker(string body, string speaker) =>
        Assert.Equal([speaker], Speakers(body));

    [Theory]
    [InlineData("The board met in Leeds with Tom Reilly. The agenda had one line: 'Every school in the city gets more money this year.'")]
    [InlineData("The board met in Leeds. A letter to Tom Reilly's office reads in part: 'Every school in the city gets more money this year.'")]
    public void A_colon_clause_without_a_person_as_its_subject_names_nobody(string body) =>
        Assert.Equal(["-"], Speakers(body));

    [Fact]
    public void He_goes_to_the_nearest_man_not_the_nearest_person()
    {
        var body = "John Smith met Mary Jones on Monday. \"We talked for a very long time,\" he said.";
        Assert.Equal(["John Smith"], Speakers(body));
    }

    [Fact]
    public void She_goes_to_the_nearest_woman()
    {
        var body = "John Smith met Mary Jones on Monday. \"We talked for a very long time,\" she said.";
        Assert.Equal(["Mary Jones"], Speakers(body));
    }

    [Theory]
    [InlineData("The trial opened in Leeds. Paul Grant's lawyer, Helen Carver, said that her client had been 'nowhere near the house that night'.", "Helen Carver")]
    public void A_possessor_is_not_the_speaker_when_the_person_it_describes_is_named(string body, string speaker) =>
        Assert.Equal([speaker], Speakers(body));

    [Theory]
    [InlineData("Anna Weiss arrived in Vienna in 1910. In Berlin Anna Weiss was described by Gustav Brandt as 'the finest the city had heard in a generation'.", "Gustav Brandt")]
    [InlineData("Anna Weiss arrived in Vienna in 1910. Her playing has been described as 'the finest the city had heard in a generation'.", "-")]
    [InlineData("Anna Weiss arrived in Vienna in 1910. She was said to be 'the finest player the city had heard in years'.", "-")]
    public void A_passive_verb_of_saying_names_its_agent_or_nobody(string body, string speaker) =>
        Assert.Equal([speaker], Speakers(body));

    [Theory]
    [InlineData("In her essay Maria Lopez begins by asserting that 'no tax has ever been popular with the people who pay it'.", "Maria Lopez")]
    [InlineData("The hall fell silent as Tom Reilly mutters 'we should never have come here tonight' to his wife.", "Tom Reilly")]
    public void Other_tenses_of_verbs_of_saying_are_cues(string body, string speaker) =>
        Assert.Equal([speaker], Speakers(body));

    [Theory]
    [InlineData("Council leader Harriet Pemberton opened the school on Monday. 'This building will serve the town for fifty years,' Ms Pemberten said.", "Harriet Pemberton")]
    public void A_surname_misspelt_by_one_letter_links_to_the_person_named_in_full(string body, string speaker) =>
        Assert.Equal([speaker], Speakers(body));

    [Theory]
    [InlineData("Storms hit the coast. Writing on his blog, Martin Keller of The Harbour wrote that it was 'the worst week for the town in living memory'.", "Martin Keller")]
    [InlineData("The court heard the case. Colin Dale, of Leeds said: 'I did not see the car until it hit me.'", "Colin Dale")]
    public void A_name_after_of_before_the_verb_is_not_its_subject(string body, string speaker) =>
        Assert.Equal([speaker], Speakers(body));

    [Theory]
    [InlineData("Paul Grant moved to Leeds in 2001. Two years later he met the young painter Tom Hale at a gallery. 'I have never seen such colour in my life,' he wrote.", "Paul Grant")]
    [InlineData("Anna Weiss left the bank in May. In June she hired the lawyer Ruth Cole for the case. 'We will win this in court,' she said.", "Anna Weiss")]
    public void A_pronoun_already_linked_outranks_a_name_in_object_position(string body, string speaker) =>
        Assert.Equal([speaker], Speakers(body));

    [Fact]
    public void A_quote_with_no_cue_continues_the_previous_speaker()
    {
        var body = "'We will fight on the beaches,' Winston Churchill said. 'We shall never surrender to anyone.'";
        Assert.Equal(["Winston Churchill", "Winston Churchill"], Speakers(body));
        Assert.Equal(["Winston Churchill", "-"], Speakers(body, QuoteSieves.All & ~QuoteSieves.Continuation));
    }

    [Fact]
    public void A_paragraph_left_open_continues_into_the_next()
    {
        var body = "Winston Churchill said: \"We will fight on the beaches.\n\n\"We shall never surrender to anyone.\"";
        Assert.Equal(["Winston Churchill", "Winston Churchill"], Speakers(body));
    }

    [Fact]
    public void A_long_quote_does_not_push_its_speaker_out_of_reach_of_he()
    {
        // Four sentences inside the first quote: only narration sentences count towards the pronoun's reach.
        var body = "Carlo Vance spoke on Monday. Vance said: 'We are ready. The squad is fit. Everyone trained today. Nobody is injured.' 'We will win on Sunday,' he added.";
        Assert.Equal(["Carlo Vance", "Carlo Vance"], Speakers(body));
    }

    [Theory]
    [InlineData("Carlo Vance spoke on Monday. 'We are ready for the game,' Vance said. The 55-year-old also revealed he has a fit squad, with the winger Gareth Bale set to return. 'I am lucky to have the whole squad.'")]
    [InlineData("Carlo Vance spoke on Monday. 'We are ready for the game,' Vance said. He also revealed that the winger Gareth Bale is set to return. 'I am lucky to have the whole squad.'")]
    public void A_sentence_opened_by_a_role_noun_or_pronoun_is_about_that_person_not_a_name_further_on(string body) =>
        Assert.Equal(["Carlo Vance", "Carlo Vance"], Speakers(body));

    [Fact]
    public void A_name_and_a_colon_introduce_that_persons_words()
    {
        var body = "Both coaches spoke before the final. Home coach Peter Lamb: \"We want to win this one for the fans.\" Away coach Tom Reilly: \"Nobody gave us a chance this season.\"";
        Assert.Equal(["Peter Lamb", "Tom Reilly"], Speakers(body));
    }

    [Fact]
    public void A_heading_in_capitals_before_a_colon_names_nobody() =>
        Assert.Equal(["-"], Speakers("The creams were tested by a doctor. EXPERT VERDICT: \"This one works well and costs very little money.\""));

    [Fact]
    public void A_speaker_tagged_as_an_organisation_but_named_like_a_person_is_a_person()
    {
        // "Geoff" is a rare US name (under 2,000 babies) kept because 98% of its bearers are men.
        var body = "Writing in his column broadcaster Geoff Shreeves, who was at the game, said: \"He has been a fan for many years.\"";
        Assert.Equal(["Geoff Shreeves"], Speakers(body));
    }

    [Fact]
    public void A_quote_after_a_caption_run_into_the_text_continues_the_last_speaker()
    {
        // The picture caption has no final stop, so the quote after it sits inside the caption's "sentence".
        var body = "'We are frustrated by the decision,' Ken Moss said. Tom Reilly of Leeds celebrates after scoring against Wolves on Monday 'Doing so would let our supporters watch the match.'";
        Assert.Equal(["Ken Moss", "Ken Moss"], Speakers(body));
        Assert.Equal(["Ken Moss", "-"], Speakers(body, QuoteSieves.All & ~QuoteSieves.Continuation));
    }

    [Fact]
    public void A_verb_of_saying_before_the_mark_is_no_caption() =>
        Assert.Equal(["Ken Moss", "-"], Speakers("'We are frustrated by the decision,' Ken Moss said. Critics were angry, with one poster writing 'How can anyone defend this decision?'"));

    [Fact]
    public void A_quote_after_a_sentence_about_a_person_is_theirs()
    {
        var body = "Professor Colette Heald noted the findings are important. \"An air-quality cleanup would improve crop yields.\"";
        Assert.Equal(["Colette Heald"], Speakers(body));
        Assert.Equal(["-"], Speakers(body, QuoteSieves.All & ~QuoteSieves.Preceding));
    }

    [Theory]
    [InlineData("Police spokesman Mark Evans gave details. \"The driver was not hurt in the crash,\" the spokesman said.", "Mark Evans")]
    [InlineData("Peter Lamb lost his son in 2010. \"I cannot forgive them for this,\" the relieved father said.", "Peter Lamb")]
    public void Role_nouns_go_to_the_role_holder_or_the_last_person(string body, string speaker) => Assert.Equal([speaker], Speakers(body));

    [Fact]
    public void An_indefinite_role_noun_names_nobody() =>
        Assert.Equal(["-"], Speakers("Peter Lamb wrote a blog. \"Nobody reads these posts at all,\" one poster wrote."));

    [Theory]
    [InlineData("The team named their robot \"Better Idea of Afghan Girls\" this year.")]
    [InlineData("The weather was \"bad\" all week long.")]
    [InlineData("Some of his hits include \"The Thrill Is Gone,\" which won him a Grammy.")]
    [InlineData("Helen Marsh has revealed she suffered panic attacks while filming the hit drama 'Harbour Lights'.")]
    public void Names_titles_and_scare_quotes_are_no_quotes(string body) => Assert.Empty(Speakers(body));

    [Fact]
    public void A_place_that_speaks_is_a_person()
    {
        // Should the party recogniser read "Hamilton" as the city, a speech verb's subject is a speaker all the same,
        // and the surname links it to the person named in full.
        var body = "Lewis Hamilton won in Monaco. 'It was a great race for the whole team,' Hamilton said.";
        Assert.Equal(["Lewis Hamilton"], Speakers(body));
    }

    [Fact]
    public void An_honorific_of_the_other_sex_is_someone_else()
    {
        // Mrs Creag is a party of her own; her surname must not fold her into James Creag.
        var body = "James Creag, 11, is ill. \"His school got new lightbulbs in October,\" Mrs Creag said.";
        Assert.DoesNotContain("James Creag", Speakers(body));
    }

    [Theory]
    [InlineData("Rents rose again. \"Nobody can afford a flat in this city any more.\" - Maria Lopez\n\nThe council met on Tuesday.")]
    [InlineData("Rents rose again. \"Nobody can afford a flat in this city any more.\" — Maria Lopez, on the rise in rents since the spring.")]
    public void A_quote_signed_with_a_dash_is_the_signers(string body) => Assert.Equal(["Maria Lopez"], Speakers(body));

    [Fact]
    public void A_british_style_story_keeps_its_speakers_across_paragraphs()
    {
        // Written for this test in the Daily Mail manner: single marks, a paragraph left open, a pronoun, a role noun.
        var body = "Janet Pryce, 67, a grandmother, was rescued from her flooded home in Tewkesbury on Sunday.\n\n"
            + "'The water came up through the floorboards in minutes,' Mrs Pryce said.\n\n"
            + "'I grabbed the cat and went upstairs to wait for help.\n\n"
            + "'Nobody came for four hours.'\n\n"
            + "Her son, David Pryce, drove from Bristol to find her. 'I was terrified the whole way down the motorway,' he told the Daily Mail.\n\n"
            + "Fire officer Karen Holt led the crew that reached the house. 'The current was far too strong for a small boat,' the officer said.";
        Assert.Equal(["Janet Pryce", "Janet Pryce", "Janet Pryce", "David Pryce", "Karen Holt"], Speakers(body));
    }

    [Fact]
    public void The_last_two_words_of_a_longer_name_after_an_honorific_are_that_person()
    {
        // "Howard" is a man's given name, but after "Ms" it is the first word of her surname.
        var body = "Agency boss Emma Howard Boyd visited the town on Friday. 'We are spending more than ever on defences,' Ms Howard Boyd said.";
        Assert.Equal(["Emma Howard Boyd"], Speakers(body));
    }

    [Fact]
    public void He_after_a_shared_surname_goes_to_the_man_of_that_name()
    {
        var body = "Mark Jennings, 41, pulled his daughters from the car. His wife, Sarah Jennings, was at home. "
            + "Inspector Paul Grant urged drivers to avoid flooded roads. Jennings said his daughters were now back at school. "
            + "'They think it was all a big adventure,' he laughed.";
        Assert.Equal(["Mark Jennings"], Speakers(body));
    }

    [Fact]
    public void A_role_noun_with_a_name_in_apposition_is_that_person()
    {
        var body = "Green Front said it would keep up the pressure. \"This fight is far from over,\" said the group's director, Anna Kowalski.";
        Assert.Equal(["Anna Kowalski"], Speakers(body));
    }

    [Theory]
    [InlineData("Senator Laura Whitfield voted for the pipeline in May. Asked whether she regretted the vote, the senator said: \"Not for a second.\"")]
    [InlineData("Senator Laura Whitfield voted for the pipeline in May. Tom Reyes attacked the vote. Asked whether Reyes was right, the senator said: \"Not for a second.\"")]
    public void A_role_noun_right_before_the_verb_is_its_subject_not_a_pronoun_or_name_earlier_in_the_clause(string body) =>
        Assert.Equal(["Laura Whitfield"], Speakers(body));

    [Fact]
    public void A_role_noun_opening_a_long_clause_is_its_subject_and_the_open_paragraph_continues()
    {
        var body = "Janet Pryce has spoken about her illness for the first time.\n\n"
            + "The 34-year-old, who works as a nurse at a hospital in the city, told MailOnline: 'There were days I could not get up.\n\n"
            + "'My friends kept me going through all of it.'";
        Assert.Equal(["Janet Pryce", "Janet Pryce"], Speakers(body));
    }

    [Theory]
    [InlineData("The pupil attends Oakfield Academy in Swindon. A spokesman for the academy said: \"Our uniform policy is clear.\"")]
    [InlineData("The pupil attends Oakfield Academy in Swindon. \"Our uniform policy is clear,\" a spokesman for Oakfield Academy said.")]
    public void An_indefinite_spokesman_for_an_organisation_speaks_for_it(string body) => Assert.Equal(["Oakfield Academy"], Speakers(body));

    [Theory]
    [InlineData("Commuter Tom Reilly was stuck on a train near Leeds for five hours. A Network Rail spokesman said: \"Engineers worked through the night to mend the line.\"")]
    [InlineData("Commuter Tom Reilly was stuck on a train near Leeds for five hours. \"Engineers worked through the night to mend the line,\" a Network Rail spokeswoman said.")]
    public void A_spokesman_named_after_an_organisation_speaks_for_it_not_for_the_last_person(string body) =>
        Assert.Equal(["Network Rail"], Speakers(body));

    [Fact]
    public void The_spokeswoman_is_the_one_an_earlier_cue_called_that()
    {
        var body = "A spokeswoman for Network Rail said the line would reopen on Monday. Tom Reilly, a commuter, said he had been stuck for hours. "
            + "\"Engineers worked through the night to mend the broken rail,\" the spokeswoman said.";
        Assert.Equal(["Network Rail"], Speakers(body));
    }

    [Fact]
    public void The_source_after_an_unnamed_source_is_nobody_not_the_last_person()
    {
        var body = "Tom Reilly resigned as chairman on Monday. A source said: \"The board had lost all faith in him.\" "
            + "Reilly has not commented. The source added: \"Nobody on the board was sorry to see him go.\"";
        Assert.Equal(["-", "-"], Speakers(body));
    }

    [Theory]
    [InlineData("Jamie Carter, 14, went to the station with Ann Lee, 45, on Friday. The 14-year-old told police: \"I was scared the whole time.\"")]
    [InlineData("Jamie Carter, 14, went to the station with Ann Lee, 45, on Friday. \"I was scared the whole time,\" the 14-year-old told police.")]
    public void An_age_nominal_is_the_person_of_that_age(string body) => Assert.Equal(["Jamie Carter"], Speakers(body));

    [Theory]
    [InlineData("Peter Lamb, a father of three, lost his job in May. Mary Jones, his neighbour, helped him. \"I cannot forgive them for this,\" the father said.", "Peter Lamb")]
    [InlineData("Teenager Jamie Carter went to the station with Ann Lee. Ann Lee called the police. The teenager said: \"I was scared the whole time.\"", "Jamie Carter")]
    public void A_role_noun_is_the_person_it_described_before_not_the_last_person(string body, string speaker) =>
        Assert.Equal([speaker], Speakers(body));

    [Fact]
    public void A_capitalised_description_after_the_is_no_name()
    {
        var body = "Lewis Hamilton won in Monaco, beating Max Verstappen. Verstappen was less happy. The Dutchman complained about his tyres. 'We just did not have the pace,' he said.";
        Assert.Equal(["Max Verstappen"], Speakers(body));
    }

    [Theory]
    [InlineData("Tom Reilly walked out on Monday, and the stadium plan he left behind now looks 'utterly mad' to many fans.")]
    [InlineData("Helen Carver moved to Leeds in May, where her new neighbours soon became \"close friends\" of the family.")]
    public void One_or_two_words_in_marks_inside_a_sentence_are_no_quote(string body) => Assert.Empty(Speakers(body));

    [Fact]
    public void A_short_quote_opening_its_sentence_is_still_speech() =>
        Assert.Equal(["Tom Reilly"], Speakers("Tom Reilly was asked if he would resign. \"Never,\" Reilly said."));

    [Fact]
    public void A_possessed_role_noun_nobody_holds_is_not_the_possessor()
    {
        var body = "Lily Barnes, 11, was sent home from school. \"She was humiliated in front of everyone,\" her mother said.";
        Assert.Equal(["-"], Speakers(body));
    }

    [Fact]
    public void A_quote_by_someone_after_a_quote_introduces_the_next_one()
    {
        var body = "We all know the saying \"If at first you do not succeed, try again,\" or the famous quote by Maria Lopez: \"Nobody ever wins a trade war.\"";
        Assert.Equal(["-", "Maria Lopez"], Speakers(body));
    }

    [Fact]
    public void Empty_and_markless_texts_have_no_quotes()
    {
        Assert.Empty(Speakers(""));
        Assert.Empty(Speakers("Angela Merkel said nothing at all."));
    }
}
