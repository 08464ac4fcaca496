package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.testing.TestGazetteer;
import org.newsgraph.testing.TaggedText;

/** Entities from hand-tagged text: what the article's words, the gazetteer and the NER each decide. */
class EntityRecognizerTest {

    private static List<Entity> recognize(Gazetteer gazetteer, String tagged) {
        return new EntityRecognizer(gazetteer).recognize(TaggedText.of(tagged), Set.of());
    }

    private static Map<String, String> types(List<Entity> entities) {
        return entities.stream().collect(Collectors.toMap(Entity::name, e -> e.type().label() + " x" + e.mentions().size()));
    }

    /** The type reason's share reads as a reader says it: one vote, all of them, or so many of so many. */
    @Test
    void theShareOfVotesIsWordedForReaders() {
        assertEquals("1 vote", TypeVote.share(1, 1));
        assertEquals("all 4 votes", TypeVote.share(4, 4));
        assertEquals("3 of 4 votes", TypeVote.share(3, 4));
    }

    /** s18-entities: a local body is named after the place it governs; those words alone are the place. */
    @Test
    void theWordsBeforeALocalBodysOfficeAreItsPlace() {
        Gazetteer none = new Gazetteer();
        assertEquals(Map.of("Kirkby Stannard", "Place x1", "Kirkby Stannard Parish Council", "Organization x1",
                        "Bridget Hale", "Person x1"),
                types(recognize(none, "Residents of Kirkby/PERSON Stannard/PERSON met . Bridget/PERSON Hale/PERSON chairs "
                        + "Kirkby/ORGANIZATION Stannard/ORGANIZATION Parish/ORGANIZATION Council/ORGANIZATION .")),
                "not the council's short form");
        assertEquals(Map.of("Tarrow Valley Parish Council", "Organization x2"),
                types(recognize(none, "Tarrow/ORGANIZATION Valley/ORGANIZATION Parish/ORGANIZATION Council/ORGANIZATION "
                        + "met . Tarrow/ORGANIZATION Valley/ORGANIZATION Parish/ORGANIZATION Council/ORGANIZATION voted .")),
                "the council itself is untouched");
    }

    /** s18-entities: a list's "The X" alias before another capitalised word is the article of a longer name. */
    @Test
    void anAliasOpenedByTheBeforeAnotherNameWordIsNotTheAlias() throws Exception {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(
                "Metropolitan Museum of Art\tOrganization\t\tThe Met\tcurated\n"
                        + "Met Office\tOrganization\t\t\tcurated\n")));
        assertEquals(Map.of("Met Office", "Organization x1"), types(recognize(gazetteer,
                "The Met/ORGANIZATION Office/ORGANIZATION issued a warning .")));
        assertEquals(Map.of("Metropolitan Museum of Art", "Organization x1"), types(recognize(gazetteer,
                "The Met/ORGANIZATION opened a show .")), "alone, the alias is still the listed name");
    }

    /** s18-entities: a portfolio before "Minister" or "Secretary" is a word of the office, not an organisation. */
    @Test
    void aPortfolioBeforeAnOfficeIsNoOrganisation() {
        Gazetteer none = new Gazetteer();
        assertEquals(Map.of("Andrés Fuenzalida", "Person x1"), types(recognize(none,
                "Interior/ORGANIZATION Minister Andrés/PERSON Fuenzalida/PERSON said so .")));
        assertEquals(Map.of("Vela Orlandi", "Person x1"), types(recognize(none,
                "Transport/ORGANIZATION Secretary Vela/PERSON Orlandi/PERSON spoke .")));
        assertEquals(Map.of("Treasury", "Organization x1", "Hal Brandt", "Person x1"), types(recognize(none,
                "Treasury/ORGANIZATION Secretary Hal/PERSON Brandt/PERSON said so .")), "a department's own name stays");
        assertEquals(Map.of("Interior", "Organization x1"), types(recognize(none,
                "Interior/ORGANIZATION said so .")), "without an office after it the NER's name stays");
    }

    /** s18-entities: the words after a club's opening word are the club's short form ("Rheinau" of "FC Rheinau"). */
    @Test
    void theWordsAfterAClubsOpeningWordAreItsShortForm() {
        Gazetteer none = new Gazetteer();
        assertEquals(Map.of("Sporting Valdemar", "Organization x2", "FC Rheinau", "Organization x2"),
                types(recognize(none, "Sporting/ORGANIZATION Valdemar/ORGANIZATION beat FC/ORGANIZATION "
                        + "Rheinau/ORGANIZATION . Rheinau/PERSON had led . Valdemar/PERSON equalised .")));
    }

    @Test
    void aListedCommonWordAtTheStartOfASentenceNeedsTheNer() throws Exception {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(
                "Group\tOrganization\t\t\tknown\nNet\tOrganization\t\t\tknown\n")));
        assertEquals(Map.of(), types(recognize(gazetteer, "Group revenue rose . Net profit fell .")));
        assertEquals(Map.of("Group", "Organization x1"), types(recognize(gazetteer, "Analysts said Group revenue rose .")),
                "inside a sentence the capital and the cue still make it the listed name");
        assertEquals(Map.of("Group", "Organization x1"), types(recognize(gazetteer, "Group/ORGANIZATION revenue rose .")));
    }

    @Test
    void aSurnameStartingASentenceIsThePersonOnlyWhereItActsAsAName() throws Exception {
        Gazetteer none = new Gazetteer();
        assertEquals(Map.of("Marcus Hale", "Person x2"),
                types(recognize(none, "Marcus/PERSON Hale/PERSON joined in 2001 . Hale , a veteran , left .")),
                "followed by a comma, the surname is the person named before");
        assertEquals(Map.of("Marcus Gates", "Person x1"),
                types(recognize(none, "Marcus/PERSON Gates/PERSON joined in 2001 . Gates open at nine .")),
                "followed by a noun, the capital is the sentence's");
    }

    @Test
    void aListedWordInsideALongerNameIsPartOfThatName() throws Exception {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(
                "Index\tOrganization\t\t\tknown\n")));
        assertEquals(Map.of("Zelt Index", "Organization x1"), types(recognize(gazetteer,
                "the chief economist at Zelt/MISC Index/MISC said .")), "the run of proper nouns is the name");
        assertEquals(Map.of("Index", "Organization x1"), types(recognize(gazetteer,
                "the chief economist at Index said .")), "alone, the listed name is still found where a cue agrees");
    }

    @Test
    void aListedAliasThatStartsALongerNameIsItsShortForm() throws Exception {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(
                "Marl Chemical\tOrganization\t\tMarl\tcurated\n")));
        List<Entity> entities = recognize(gazetteer, "shares of Marl/MISC Vexa/MISC Average/MISC rose . "
                + "shares of Marl rose again .");
        assertEquals(Map.of("Marl Vexa Average", "Organization x2"), types(entities),
                "the alias inside the longer name is a word of it, and alone later its short form");
        assertNull(entities.get(0).sameAs());
        assertEquals(Map.of("Marl Chemical", "Organization x1"), types(recognize(gazetteer, "shares of Marl rose .")),
                "without a longer name the alias is the listed company");
    }

    @Test
    void aListedNameWithCapitalsOfItsOwnAtTheStartOfASentenceIsKept() throws Exception {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(
                "ZipVault\tOrganization\t\t\tknown\n")));
        assertEquals(Map.of("ZipVault", "Organization x1"), types(recognize(gazetteer, "ZipVault revenue rose .")),
                "its capitals are not the sentence's");
    }

    @Test
    void aListedCompanyFollowedByAnSThatOwnsNothingKeepsIt() throws Exception {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(
                "Varnley\tOrganization\t\t\tknown\n")));
        org.newsgraph.testing.ParsedText owns = new org.newsgraph.testing.ParsedText()
                .sentence("rivals/NNS Tesk/NNP/ORGANIZATION and/CC Varnley/NNP/ORGANIZATION 's/POS eat/VBP/O into/IN profits/NNS",
                        "nsubj(eat, Varnley) conj:and(Tesk, Varnley) case(Varnley, 's) obl:into(eat, profits)")
                .sentence("Varnley/NNP/ORGANIZATION 's/POS profits/NNS fell/VBD",
                        "nmod:poss(profits, Varnley) case(Varnley, 's) nsubj(fell, profits)");
        List<Entity> entities = new EntityRecognizer(gazetteer).recognize(owns.text(), Set.of());
        Map<String, String> types = types(entities);
        assertEquals("Organization x1", types.get("Varnley's"), types.toString());
        assertEquals("Organization x1", types.get("Varnley"), "a possessive that owns something is not part of the name");
    }

    /**
     * s29-names: a firm's name that ends in its own possessive, the parse making the "'s" the name's case while the
     * name is a subject or an object ("Cullen's, the Kilkenny craft brewer, was bought"; s19-relations B "Pettigrew's,
     * the family-owned maker of oatcakes"; {@link PossessiveFirmNames}), is an organisation of its own, apart from the
     * person whose surname it shares; a possessive that owns a noun is not part of a name, nor where the article names a
     * longer organisation the bare words begin ("Norrberg Packaging ... Norrberg's fell 6%").
     */
    @Test
    void aFirmsNameEndingInItsOwnPossessiveIsAnOrganisationApartFromThePersonItIsNamedAfter() throws Exception {
        org.newsgraph.testing.ParsedText brewer = new org.newsgraph.testing.ParsedText()
                .sentence("Cullen/NNP/PERSON ~'s/POS ,/, the/DT brewer/NN ,/, was/VBD bought/VBN",
                        "nsubj:pass(bought, Cullen) case(Cullen, 's) punct(Cullen, ,) det(brewer, the) appos(Cullen, brewer) "
                                + "punct(Cullen, ,#2) aux:pass(bought, was)")
                .sentence("it/PRP was/VBD started/VBN by/IN Siobhan/NNP/PERSON Cullen/NNP/PERSON",
                        "nsubj:pass(started, it) aux:pass(started, was) case(Cullen, by) compound(Cullen, Siobhan) "
                                + "obl:agent(started, Cullen)")
                .sentence("Cullen/NNP/PERSON said/VBD so/RB", "nsubj(said, Cullen) advmod(said, so)")
                .sentence("Cullen/NNP/PERSON ~'s/POS plant/NN grew/VBD",
                        "nmod:poss(plant, Cullen) case(Cullen, 's) nsubj(grew, plant)");
        List<Entity> found = new EntityRecognizer(new Gazetteer()).recognize(brewer.text(), Set.of());
        Map<String, String> types = types(found);
        assertEquals("Organization x1", types.get("Cullen's"), types.toString());
        assertEquals("Person x3", types.get("Siobhan Cullen"), "the surname and its possessive that owns a noun: " + types);
        assertEquals("context: " + PossessiveFirmNames.RULE + " (3 of 4 votes)",
                found.stream().filter(e -> e.name().equals("Cullen's")).findFirst().orElseThrow().typeReason());
        org.newsgraph.testing.ParsedText shares = new org.newsgraph.testing.ParsedText()
                .sentence("it/PRP left/VBD Norrberg/NNP/ORGANIZATION Packaging/NNP/ORGANIZATION",
                        "nsubj(left, it) compound(Packaging, Norrberg) obj(left, Packaging)")
                .sentence("Norrberg/NNP/ORGANIZATION ~'s/POS fell/VBD", "nsubj(fell, Norrberg) case(Norrberg, 's)");
        assertNull(types(shares, new Gazetteer()).get("Norrberg's"),
                "the short form of a longer name of the article owns a noun left out");
    }

    /**
     * s29-names: a firm named after its town, the NER's place run stopping at the town and the parse making it a
     * compound of a word only companies' names end in ("Gdynia/LOCATION Freight/O is controlled by ..."; {@link
     * PlaceNamedFirms}), is that organisation's name; a body's word or a word no company's name ends in leaves the place.
     */
    @Test
    void aFirmNamedAfterItsTownIsAnOrganisationWhereTheNerStoppedAtTheTown() throws Exception {
        org.newsgraph.testing.ParsedText freight = new org.newsgraph.testing.ParsedText()
                .sentence("Gdynia/NNP/CITY Freight/NNP is/VBZ controlled/VBN by/IN Piotr/NNP/PERSON Wasik/NNP/PERSON",
                        "compound(Freight, Gdynia) nsubj:pass(controlled, Freight) aux:pass(controlled, is) case(Wasik, by) "
                                + "compound(Wasik, Piotr) obl:agent(controlled, Wasik)");
        Map<String, String> types = types(freight, new Gazetteer());
        assertEquals("Organization x1", types.get("Gdynia Freight"), types.toString());
        assertNull(types.get("Gdynia"), types.toString());
        org.newsgraph.testing.ParsedText council = new org.newsgraph.testing.ParsedText()
                .sentence("Gdynia/NNP/CITY Council/NNP voted/VBD", "compound(Council, Gdynia) nsubj(voted, Council)");
        assertNull(types(council, new Gazetteer()).get("Gdynia Council"), "a body's word is no firm's");
        org.newsgraph.testing.ParsedText street = new org.newsgraph.testing.ParsedText()
                .sentence("Gdynia/NNP/CITY Harbour/NNP froze/VBD", "compound(Harbour, Gdynia) nsubj(froze, Harbour)");
        assertNull(types(street, new Gazetteer()).get("Gdynia Harbour"), "a word no company's name ends in");
    }

    /**
     * s30-names: a demonym the NER left out of a body's name, read by the tagger as a proper noun and parsed as a
     * compound of the name, opens it (s28-names B "the Scottish/O Sports Facilities Trust (SSFT)",
     * {@link DemonymLedBodies}); not an adjective, and not before a name no body's or firm's word ends.
     */
    @Test
    void aDemonymTheNerLeftOutOfABodysNameOpensIt() throws Exception {
        org.newsgraph.testing.ParsedText trust = new org.newsgraph.testing.ParsedText()
                .sentence("the/DT Scottish/NNP Sports/NNPS/ORGANIZATION Facilities/NNPS/ORGANIZATION "
                                + "Trust/NNP/ORGANIZATION paid/VBD",
                        "det(Trust, the) compound(Trust, Scottish) compound(Trust, Sports) compound(Trust, Facilities) "
                                + "nsubj(paid, Trust)");
        Map<String, String> types = types(trust, new Gazetteer());
        assertEquals("Organization x1", types.get("Scottish Sports Facilities Trust"), types.toString());
        assertNull(types.get("Sports Facilities Trust"), types.toString());
        org.newsgraph.testing.ParsedText adjective = new org.newsgraph.testing.ParsedText()
                .sentence("the/DT Scottish/JJ Sports/NNPS/ORGANIZATION Facilities/NNPS/ORGANIZATION "
                                + "Trust/NNP/ORGANIZATION paid/VBD",
                        "det(Trust, the) amod(Trust, Scottish) compound(Trust, Sports) compound(Trust, Facilities) "
                                + "nsubj(paid, Trust)");
        assertNull(types(adjective, new Gazetteer()).get("Scottish Sports Facilities Trust"), "an adjective stays out");
        org.newsgraph.testing.ParsedText firm = new org.newsgraph.testing.ParsedText()
                .sentence("the/DT Scottish/NNP Sports/NNPS/ORGANIZATION Facilities/NNPS/ORGANIZATION paid/VBD",
                        "det(Facilities, the) compound(Facilities, Scottish) compound(Facilities, Sports) "
                                + "nsubj(paid, Facilities)");
        assertNull(types(firm, new Gazetteer()).get("Scottish Sports Facilities"), "no body's word ends the name");
    }

    @Test
    void theArticlesWordsOutvoteTheNer() {
        Map<String, String> types = types(recognize(new Gazetteer(), "Ledgerly/PERSON founder Priya/PERSON Raman/PERSON spoke . "
                + "Shares in Ledgerly/PERSON rose . Ledgerly/PERSON said ."));
        assertEquals(Map.of("Ledgerly", "Organization x3", "Priya Raman", "Person x1"), types);
    }

    @Test
    void theNersRepeatedGuessCountsAtMostTwiceSoOneSentenceSayingWhatAThingIsOutweighsItsRepeatedGuess() {
        List<Entity> entities = recognize(new Gazetteer(), "the drug Lenvara/ORGANIZATION works . "
                + "Lenvara/ORGANIZATION sold . Lenvara/ORGANIZATION grew . Lenvara/ORGANIZATION won .");
        assertEquals(Map.of("Lenvara", "Product x4"), types(entities));
        assertEquals("context: product-noun-before (3 of 5 votes)", entities.get(0).typeReason());
        assertEquals(Map.of("Nordhav", "Organization x3"), types(recognize(new Gazetteer(),
                "Nordhav/PERSON grew . Nordhav/ORGANIZATION hired . Nordhav/ORGANIZATION sold .")),
                "without a cue, the NER's types still decide, the more frequent first");
    }

    @Test
    void aNameWrittenAsTheRegionNamedLikeACityIsThatRegion() throws Exception {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(
                "Washington\tPlace\t\t\tknown\nEverett\tPlace\t\t\tknown\n")));
        List<Entity> state = recognize(gazetteer, "the plant in Everett/CITY , Washington/STATE_OR_PROVINCE opened . "
                + "Washington/STATE_OR_PROVINCE cheered .");
        assertEquals(Map.of("Everett", "Place x1", "Washington (state)", "Place x2"), types(state));
        assertEquals(Map.of("Washington (state)", "Place x1"), types(recognize(gazetteer,
                "jobs in Washington/STATE_OR_PROVINCE state grew .")));
        assertEquals(Map.of("Washington", "Place x1"), types(recognize(gazetteer, "leaders met in Washington/CITY .")),
                "alone, the name keeps its usual reading");
    }

    @Test
    void anOfficeWrittenAsANameIsItsHolder() {
        List<Entity> entities = recognize(new Gazetteer(), "in a speech , the Prime Minister applauded the crew . "
                + "the White/LOCATION House/LOCATION Press Secretary said so .");
        assertEquals(Map.of("Prime Minister", "Person x1", "White House", "Place x1", "Press Secretary", "Person x1"),
                types(entities));
        assertEquals("context: office-as-name (all 3 votes)", entities.get(0).typeReason());
        assertEquals(Map.of("Kaia Lund", "Person x1"), types(recognize(new Gazetteer(),
                "the Prime Minister Kaia/PERSON Lund/PERSON said so .")), "before a name, the office is its title");
        assertEquals(Map.of(), types(recognize(new Gazetteer(), "a prime minister said so . Our President said so .")),
                "lower case, or without 'the', it names no one");
    }

    @Test
    void anOfficeOfAPlaceInAppositionToAPersonIsAPersonsNameAndThePlaceKeepsItsMention() {
        List<Entity> entities = recognize(new Gazetteer(),
                "Kaia/PERSON Lund/PERSON , Prime Minister of Vesterland/COUNTRY , said so . "
                        + "later the President of the Republic/LOCATION of/LOCATION Ostria/LOCATION spoke .");
        assertEquals(Map.of("Kaia Lund", "Person x1", "Prime Minister of Vesterland", "Person x1", "Vesterland",
                "Place x1", "President of the Republic of Ostria", "Person x1", "Republic of Ostria", "Place x1"),
                types(entities));
        assertEquals(Map.of("Vesterland", "Place x1"), types(recognize(new Gazetteer(),
                "in Vesterland/COUNTRY , Prime Minister said so .")), "after a place, no one's office");
        assertEquals(Map.of("Kaia Lund", "Person x1", "Vesterland", "Place x1"), types(recognize(new Gazetteer(),
                "the Prime Minister of Vesterland/COUNTRY Kaia/PERSON Lund/PERSON said so .")),
                "before a name, the office is its title");
        assertEquals(true, OfficeTitles.isOffice("Prime Minister of Vesterland"));
        assertEquals(false, OfficeTitles.isOffice("Bank of Vesterland"));
    }

    @Test
    void anArticleInsideARunOfCapitalsStartsAnotherName() {
        assertEquals(Map.of("Zorvex", "Organization x1"), types(recognize(new Gazetteer(),
                "In Vesterby Quarterly Programs The Zorvex shares rose .")), "the heading is no part of the company's name");
        assertEquals(Map.of("Zorvex", "Organization x1", "Vesterby Quarterly Programs", "Organization x1"),
                types(recognize(new Gazetteer(), "In Vesterby/ORGANIZATION Quarterly/ORGANIZATION Programs/ORGANIZATION "
                        + "The/ORGANIZATION Zorvex/ORGANIZATION shares rose .")), "nor where the NER tagged the run whole");
    }

    /** s33-relations: the NER ran a place, the kind in lower case and the name into one organisation. */
    @Test
    void theKindInLowerCaseBetweenAPlaceAndANameIsNoWordOfEither() throws Exception {
        Map<String, String> types = types(recognize(new Gazetteer(), "The London/ORGANIZATION fashion/ORGANIZATION "
                + "house/ORGANIZATION Marlowe/ORGANIZATION Atelier/ORGANIZATION makes coats . Marlowe/ORGANIZATION sold ."));
        assertEquals("Organization x2", types.get("Marlowe Atelier"), types.toString());
        assertEquals(false, types.keySet().stream().anyMatch(name -> name.contains("house")), types.toString());
        Gazetteer towns = new Gazetteer().load(new BufferedReader(new StringReader("Tarrowby\tPlace\t\t\tknown\n")));
        assertEquals(Map.of("Tarrowby", "Place x1", "Quillmore Books", "Organization x1"), types(recognize(towns,
                "the Tarrowby/ORGANIZATION publishing/ORGANIZATION house/ORGANIZATION Quillmore/ORGANIZATION "
                        + "Books/ORGANIZATION grew .")), "the words before the kind are the place the lists know");
        assertEquals(Map.of("Bank of Vesterland", "Organization x1"), types(recognize(new Gazetteer(),
                "Bank/ORGANIZATION of/ORGANIZATION Vesterland/ORGANIZATION lent more .")), "a preposition is no kind");
    }

    @Test
    void aClockAbbreviationIsNoOrganisationUnlessItStartsALongerName() {
        Gazetteer none = new Gazetteer();
        assertEquals(Map.of("Corvane", "Organization x1"), types(recognize(none,
                "Corvane/ORGANIZATION will report at 08:00 CET/ORGANIZATION on Tuesday .")));
        assertEquals(Map.of(), types(recognize(none, "trading resumed at 2 p.m. EST/ORGANIZATION .")));
        assertEquals(Map.of("EST Bridgeworks", "Organization x2"), types(recognize(none,
                "EST/ORGANIZATION Bridgeworks/ORGANIZATION raised prices . EST/ORGANIZATION said demand rose .")),
                "written as the first word of a longer name, it is that name's short form");
    }

    @Test
    void theCapitalisedNounAFilingUsesForItsFilerIsNoOrganisation() {
        Gazetteer none = new Gazetteer();
        assertEquals(Map.of("Quillon Holdings", "Organization x1"), types(recognize(none,
                "Quillon/ORGANIZATION Holdings/ORGANIZATION Inc/ORGANIZATION . ( the Company/ORGANIZATION ) "
                        + "filed its report . The/ORGANIZATION Company/ORGANIZATION 's sales rose .")));
    }

    @Test
    void aFilingSectionHeadingIsNoOrganisation() {
        Gazetteer none = new Gazetteer();
        assertEquals(Map.of(), types(recognize(none,
                "Liquidity/ORGANIZATION and/ORGANIZATION Capital/ORGANIZATION Resources/ORGANIZATION Our cash rose .")));
        assertEquals(Map.of("Capital Resources Partners", "Organization x1"), types(recognize(none,
                "Capital/ORGANIZATION Resources/ORGANIZATION Partners/ORGANIZATION bought a stake .")),
                "a name with a word of its own is a name");
    }

    @Test
    void aShortNameIsTheLongerNameIntroducedBeforeIt() {
        Map<String, String> types = types(recognize(new Gazetteer(), "Kessler/ORGANIZATION Automobil/ORGANIZATION said . "
                + "Kessler/PERSON sold cars . Friedrich/PERSON Kessler/PERSON spoke . Mr Kessler/PERSON said ."));
        assertEquals(Map.of("Kessler Automobil", "Organization x2", "Friedrich Kessler", "Person x2"), types);
    }

    @Test
    void aListedNameIsOneThingWhereverTheNerTypedIt() throws Exception {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(
                "Zentrix\tOrganization\t\t\tknown\n")));
        List<Entity> entities = recognize(gazetteer, "Zentrix/ORGANIZATION grew . Zentrix/PERSON hired . "
                + "Zentrix/PERSON sold . Zentrix/PERSON won .");
        assertEquals(Map.of("Zentrix", "Organization x4"), types(entities));
        // the NER's lone person guesses at a name the list knows as one company are no votes for a person (PersonGuesses)
        assertEquals("name list (all 8 votes)", entities.get(0).typeReason());
    }

    @Test
    void everyTypeDecisionSaysWhy() {
        List<Entity> entities = recognize(new Gazetteer(), "chief executive Priya/PERSON Raman/PERSON spoke . "
                + "Nordhav/PERSON employs many .");
        assertEquals("context: title-before (all 4 votes)", entities.get(0).typeReason());
        assertEquals("NER (1 vote)", entities.get(1).typeReason());
    }

    @Test
    void knownNamesOnlyIdentifyWhatTheNerMarksAsTheSameKind() throws Exception {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(
                "Henderson\tPlace\t\t\tknown\nToyota\tOrganization\thttp://www.wikidata.org/entity/Q53268\t\tcurated\n")));
        List<Entity> entities = recognize(gazetteer, "Fritz/PERSON Henderson/PERSON met Toyota in Henderson/LOCATION .");
        assertEquals(Map.of("Fritz Henderson", "Person x1", "Toyota", "Organization x1", "Henderson", "Place x1"),
                types(entities));
        assertEquals("http://www.wikidata.org/entity/Q53268",
                entities.stream().filter(e -> e.name().equals("Toyota")).findFirst().orElseThrow().sameAs());
    }

    @Test
    void aListedCompanyTheNerGuessedToBeAPlaceIsTheCompanyUnlessTheListKnowsThePlaceToo() throws Exception {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(
                "Zuvio\tOrganization\t\t\tknown\nKestrel\tOrganization\t\t\tknown\nKestrel\tPlace\t\t\tknown\n"
                        + "Orvane\tProduct\t\t\tknown\n")));
        assertEquals(Map.of("Zuvio", "Organization x1", "Orvane", "Product x1"), types(recognize(gazetteer,
                "Viewers watched Zuvio/LOCATION and Orvane/LOCATION on Friday .")),
                "the statistical model's place guess from the name alone");
        assertEquals(Map.of("Kestrel", "Place x1"), types(recognize(gazetteer, "Viewers watched Kestrel/LOCATION .")),
                "a name the list registers as a place too stays the NER's");
        assertEquals(Map.of("Zuvio", "Place x1"), types(recognize(gazetteer, "Viewers watched Zuvio/CITY .")),
                "the NER's own list of cities outranks a known name");
    }

    @Test
    void aKnownNameInABrandsOwnSpellingCountsWhereTheNerLeftItUnmarked() throws Exception {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(
                "zTunes\tProduct\t\t\tknown\nPlayLoft\tProduct\t\t\tknown\nMcVeigh\tOrganization\t\t\tknown\n"
                        + "Harbour\tOrganization\t\t\tknown\n")));
        assertEquals(Map.of("zTunes", "Product x1", "PlayLoft", "Product x1"), types(recognize(gazetteer,
                "sales of zTunes and PlayLoft grew at Harbour in McVeigh .")),
                "a common word or a surname's capitals need the NER");
        assertEquals(true, EntityRecognizer.ownSpelling("YouTube"));
        assertEquals(false, EntityRecognizer.ownSpelling("MacDonald"));
        assertEquals(false, EntityRecognizer.ownSpelling("DeLuca"));
    }

    @Test
    void placeAdjectivesMentionThePlace() {
        List<Entity> entities = recognize(TestGazetteer.sample(), "The Danish/MISC utility sold gas to American/MISC buyers .");
        assertEquals(Map.of("Denmark", "Place x1", "United States", "Place x1"), types(entities));
        assertEquals(List.of(), entities.get(0).aliases(), "an adjective is not another name of the place");
    }

    @Test
    void theLastWordsOfALongerOrganisationNameAreItsShortForm() {
        List<Entity> guard = recognize(new Gazetteer(),
                "the Northland/ORGANIZATION Coast/ORGANIZATION Guard/ORGANIZATION sent two boats . "
                        + "a spokesman for the Coast/ORGANIZATION Guard/ORGANIZATION said the crew was safe .");
        assertEquals(Map.of("Northland Coast Guard", "Organization x2"), types(guard));
        assertEquals(Map.of("Coast Guard", "last words of Northland Coast Guard"), guard.get(0).aliasReasons(),
                "the entity keeps why the short form is it");
        assertEquals(Map.of("Velmora Bank", "Organization x1", "Bank", "Organization x1"), types(recognize(new Gazetteer(),
                "Velmora/ORGANIZATION Bank/ORGANIZATION lent money . Bank/ORGANIZATION staff said so .")),
                "one last word alone is a generic noun, not the short form");
    }

    /**
     * s21-names: a club's or firm's last word alone, where it names nothing by itself (s20-names B arrieta-transfer
     * "Bayer Leverkusen ... Leverkusen's sporting director"; s19-entities B kettering-lions-cup "Kettering Lions ...
     * Lions", a common noun, stays apart).
     */
    @Test
    void aLastWordThatNamesNothingElseIsTheShortFormOfTheOneNameEndingInIt() {
        List<Entity> club = recognize(new Gazetteer(), "Bayer/ORGANIZATION Leverkusen/ORGANIZATION asked about him . "
                + "Leverkusen/ORGANIZATION 's director said so .");
        assertEquals(Map.of("Bayer Leverkusen", "Organization x2"), types(club));
        assertEquals(Map.of("Leverkusen", "last words of Bayer Leverkusen"), club.get(0).aliasReasons());
        assertEquals(Map.of("Kettering Lions", "Organization x1", "Lions", "Organization x1"), types(recognize(new Gazetteer(),
                "Kettering/ORGANIZATION Lions/ORGANIZATION won . Lions/ORGANIZATION fans sang .")),
                "a common noun alone may be another team's name");
        assertEquals(Map.of("Orvane Capital", "Organization x1", "Capital", "Organization x1"), types(recognize(new Gazetteer(),
                "Orvane/ORGANIZATION Capital/ORGANIZATION invested . Capital/ORGANIZATION rose .")),
                "a word companies' names end in names none of them alone");
        assertEquals(Map.of("Bayer Leverkusen", "Organization x1", "Werder Leverkusen", "Organization x1",
                        "Leverkusen", "Organization x1"), types(recognize(new Gazetteer(),
                "Bayer/ORGANIZATION Leverkusen/ORGANIZATION and Werder/ORGANIZATION Leverkusen/ORGANIZATION met . "
                        + "Leverkusen/ORGANIZATION won .")), "two names ending in the word: either could be meant");
        assertEquals(Map.of("Bayer Leverkusen", "Organization x1", "Leverkusen", "Organization x1"), types(recognize(
                new Gazetteer(), "Leverkusen/ORGANIZATION won . Bayer/ORGANIZATION Leverkusen/ORGANIZATION lost .")),
                "written before the longer name, it is not yet its short form");
    }

    @Test
    void aShortFormTwoLongerNamesCouldOwnStaysApart() {
        assertEquals(Map.of("Halvard Motors", "Organization x1", "Halvard Foods", "Organization x1",
                        "Halvard", "Organization x1"), types(recognize(new Gazetteer(),
                "Halvard/ORGANIZATION Motors/ORGANIZATION and Halvard/ORGANIZATION Foods/ORGANIZATION signed a deal . "
                        + "shares of Halvard/ORGANIZATION rose .")));
        assertEquals(Map.of("Halvard Motors", "Organization x2"), types(recognize(new Gazetteer(),
                "Halvard/ORGANIZATION Motors/ORGANIZATION signed a deal . shares of Halvard/ORGANIZATION rose .")),
                "with one longer name the short form is it");
        assertEquals(Map.of("Halvard Motors", "Organization x3", "Halvard Foods", "Organization x1"),
                types(recognize(new Gazetteer(), "Halvard/ORGANIZATION Motors/ORGANIZATION signed a deal . "
                        + "shares of Halvard/ORGANIZATION rose . Halvard/ORGANIZATION Foods/ORGANIZATION fell . "
                        + "Halvard/ORGANIZATION said so .")),
                "used before the second longer name, the short form is settled as the first one's");
    }

    @Test
    void aGenericWordOrAPlaceIsNotTheShortFormOfALongerName() {
        assertEquals(Map.of("United Brisco", "Organization x1", "United", "Organization x1"), types(recognize(new Gazetteer(),
                "United/ORGANIZATION Brisco/ORGANIZATION said . United/ORGANIZATION rose .")));
        Map<String, String> placed = types(recognize(new Gazetteer(),
                "Telmark/ORGANIZATION Energi/ORGANIZATION opened a plant in Telmark/LOCATION ."));
        assertEquals("Organization x1", placed.get("Telmark Energi"));
        assertEquals("Place x1", placed.get("Telmark"), "the place the company is named after stays a place");
    }

    @Test
    void aShortFormTheNerGuessedAPlaceIsTheOrganisationUnlessAMentionStandsAsAPlace() throws Exception {
        assertEquals(Map.of("Tamberlin Farms", "Organization x2"), types(recognize(new Gazetteer(),
                "Tamberlin/ORGANIZATION Farms/ORGANIZATION signed a deal . Tamberlin/LOCATION will supply seed .")));
        assertEquals(Map.of("Tamberlin Farms", "Organization x1", "Tamberlin", "Place x2"), types(recognize(new Gazetteer(),
                "Tamberlin/ORGANIZATION Farms/ORGANIZATION signed a deal . Tamberlin/LOCATION will supply seed . "
                        + "It opened a dairy in Tamberlin/LOCATION .")),
                "a word the article also uses as a place stays what the NER said, every mention of it");
        assertEquals(Map.of("Tamberlin Farms", "Organization x1", "Tamberlin", "Place x1"), types(recognize(new Gazetteer(),
                "Tamberlin/LOCATION is small . Tamberlin/ORGANIZATION Farms/ORGANIZATION signed a deal .")),
                "named before the organisation, it is the place");
        Gazetteer places = new Gazetteer().load(new BufferedReader(new StringReader("Tamberlin\tPlace\t\t\tknown\n")));
        assertEquals("Place x1", types(recognize(places, "Tamberlin/ORGANIZATION Farms/ORGANIZATION signed a deal . "
                + "Tamberlin/LOCATION will supply seed .")).get("Tamberlin"), "a listed place is no guess");
    }

    /**
     * s21-names: the leading words of a firm's name the NER guessed a place (s18-relations B harrowgate-bids "Maple
     * Crest Infrastructure ... Maple Crest's cash offer ... the Maple Crest price"; s19-relations voltline-round
     * "Northgate Ventures ... Northgate partner Sofia Brandt ... Northgate, which is based in Stockholm").
     */
    @Test
    void theFirstWordsOfAFirmsNameTheNerGuessedAPlaceAreItsShortFormAndAModifyingMentionFollowsTheOthers() {
        org.newsgraph.testing.ParsedText crest = new org.newsgraph.testing.ParsedText()
                .sentence("Maple/NNP/ORGANIZATION Crest/NNP/ORGANIZATION Infrastructure/NNP/ORGANIZATION bid/VBD",
                        "compound(Infrastructure, Maple) compound(Infrastructure, Crest) nsubj(bid, Infrastructure)")
                .sentence("Maple/NNP/LOCATION Crest/NNP/LOCATION 's/POS offer/NN rose/VBD",
                        "compound(Crest, Maple) nmod:poss(offer, Crest) case(Crest, 's) nsubj(rose, offer)")
                .sentence("the/DT Maple/NNP/LOCATION Crest/NNP/LOCATION price/NN rose/VBD",
                        "det(price, the) compound(Crest, Maple) compound(price, Crest) nsubj(rose, price)");
        assertEquals(Map.of("Maple Crest Infrastructure", "Organization x3"),
                types(new EntityRecognizer(new Gazetteer()).recognize(crest.text(), Set.of())));
        org.newsgraph.testing.ParsedText onlyModifier = new org.newsgraph.testing.ParsedText()
                .sentence("Northgate/NNP/ORGANIZATION Ventures/NNP/ORGANIZATION invested/VBD",
                        "compound(Ventures, Northgate) nsubj(invested, Ventures)")
                .sentence("Northgate/NNP/LOCATION partner/NN Sofia/NNP/PERSON Brandt/NNP/PERSON joined/VBD",
                        "compound(Brandt, Northgate) compound(Brandt, partner) compound(Brandt, Sofia) nsubj(joined, Brandt)");
        assertEquals("Place x1", types(new EntityRecognizer(new Gazetteer()).recognize(onlyModifier.text(), Set.of()))
                .get("Northgate"), "a word that only modifies a noun may be a place the firm is named after");
        org.newsgraph.testing.ParsedText inPlace = new org.newsgraph.testing.ParsedText()
                .sentence("Maple/NNP/ORGANIZATION Crest/NNP/ORGANIZATION Infrastructure/NNP/ORGANIZATION bid/VBD",
                        "compound(Infrastructure, Maple) compound(Infrastructure, Crest) nsubj(bid, Infrastructure)")
                .sentence("Maple/NNP/LOCATION Crest/NNP/LOCATION 's/POS offer/NN rose/VBD",
                        "compound(Crest, Maple) nmod:poss(offer, Crest) case(Crest, 's) nsubj(rose, offer)")
                .sentence("it/PRP has/VBZ a/DT depot/NN in/IN Maple/NNP/LOCATION Crest/NNP/LOCATION",
                        "nsubj(has, it) obj(has, depot) case(Crest, in) compound(Crest, Maple) nmod:in(depot, Crest)");
        assertEquals("Place x2", types(new EntityRecognizer(new Gazetteer()).recognize(inPlace.text(), Set.of()))
                .get("Maple Crest"), "a word the article also uses as a place stays what the NER said");
    }

    private static Map<String, String> types(org.newsgraph.testing.ParsedText parsed, Gazetteer gazetteer) {
        return types(new EntityRecognizer(gazetteer).recognize(parsed.text(), Set.of()));
    }

    /**
     * s28-names: the capitalised head noun the NER left out of a firm's name is a word of it, so the firm keeps its
     * full name and the NER's word alone later is its short form (s20-relations B "Tidewater Freight, the trucking arm
     * of ..." tagged "Tidewater"; {@link OmittedHeadWords}); never a role, nor after a company a list identifies.
     */
    @Test
    void theHeadNounTheNerLeftOutOfAFirmsNameIsAWordOfIt() throws Exception {
        org.newsgraph.testing.ParsedText freight = new org.newsgraph.testing.ParsedText()
                .sentence("Tollan/NNP/ORGANIZATION Freight/NNP named/VBD Ines/NNP/PERSON Marr/NNP/PERSON",
                        "compound(Freight, Tollan) nsubj(named, Freight) compound(Marr, Ines) obj(named, Marr)")
                .sentence("Tollan/NNP/ORGANIZATION is/VBZ based/VBN in/IN Savannah/NNP/CITY",
                        "nsubj:pass(based, Tollan) aux:pass(based, is) case(Savannah, in) obl:in(based, Savannah)");
        List<Entity> found = new EntityRecognizer(new Gazetteer()).recognize(freight.text(), Set.of());
        Entity firm = found.stream().filter(e -> e.name().equals("Tollan Freight")).findFirst().orElseThrow();
        assertEquals(2, firm.mentions().size(), "the short form later is the firm's: " + found);
        assertEquals("first words of Tollan Freight", firm.aliasReasons().get("Tollan"));
        assertEquals(null, types(found).get("Tollan"));
        org.newsgraph.testing.ParsedText chairman = new org.newsgraph.testing.ParsedText()
                .sentence("Tollan/NNP/ORGANIZATION Chairman/NNP said/VBD so/RB",
                        "compound(Chairman, Tollan) nsubj(said, Chairman) advmod(said, so)");
        assertEquals(Map.of("Tollan", "Organization x1"), types(chairman, new Gazetteer()), "a role is a person's word");
        Gazetteer listed = new Gazetteer().load(new BufferedReader(new StringReader(
                "Tollan\tOrganization\thttp://www.wikidata.org/entity/Q999002\t\tcurated\n")));
        org.newsgraph.testing.ParsedText assistant = new org.newsgraph.testing.ParsedText()
                .sentence("it/PRP works/VBZ with/IN Tollan/NNP/ORGANIZATION Assistant/NNP",
                        "nsubj(works, it) case(Assistant, with) compound(Assistant, Tollan) obl:with(works, Assistant)");
        assertEquals(Map.of("Tollan Assistant", "Product x1"), types(assistant, listed),
                "after a company a list identifies, the capitalised noun is something of its, not a word of its name");
    }

    /**
     * s28-names: a firm's full name the NER left untagged, where the article calls its first word an organisation
     * elsewhere (s18-relations B "A bidding war for Harrowgate Water intensified ... Harrowgate said", s23-ownership B
     * "Brackwater Freight" after a dateline; {@link UntaggedFullNames}), is the firm's name, and the short form joins
     * it; not where the short form already begins a longer name of the article, nor where a list makes it a place.
     */
    @Test
    void anUntaggedFullNameOfAnOrganisationsShortFormIsItsName() throws Exception {
        org.newsgraph.testing.ParsedText water = new org.newsgraph.testing.ParsedText()
                .sentence("a/DT war/NN for/IN Ravensby/NNP Water/NNP began/VBD",
                        "det(war, a) nsubj(began, war) case(Water, for) compound(Water, Ravensby) nmod:for(war, Water)")
                .sentence("Ravensby/NNP/ORGANIZATION said/VBD it/PRP would/MD appeal/VB",
                        "nsubj(said, Ravensby) nsubj(appeal, it) aux(appeal, would) ccomp(said, appeal)");
        List<Entity> found = new EntityRecognizer(new Gazetteer()).recognize(water.text(), Set.of());
        Entity firm = found.stream().filter(e -> e.name().equals("Ravensby Water")).findFirst().orElseThrow();
        assertEquals("Organization", firm.type().label());
        assertEquals("first words of Ravensby Water", firm.aliasReasons().get("Ravensby"), "found: " + found);
        org.newsgraph.testing.ParsedText product = new org.newsgraph.testing.ParsedText()
                .sentence("Ravensby/NNP/ORGANIZATION Robotics/NNP/ORGANIZATION builds/VBZ the/DT Ravensby/NNP Reach/NNP",
                        "compound(Robotics, Ravensby) nsubj(builds, Robotics) det(Reach, the) compound(Reach, Ravensby#2) "
                                + "obj(builds, Reach)")
                .sentence("Ravensby/NNP/ORGANIZATION said/VBD so/RB", "nsubj(said, Ravensby) advmod(said, so)");
        assertNull(types(product, new Gazetteer()).get("Ravensby Reach"),
                "the short form of a name the article has: what follows it is something of the firm's");
        Gazetteer places = new Gazetteer().load(new BufferedReader(new StringReader("Ravensby\tPlace\t\t\tcurated\n")));
        assertNull(types(water, places).get("Ravensby Water"), "a listed place is no firm's short form");
    }

    /**
     * s28-names: an acronym the NER left untagged that spells the initials of one organisation named before it is that
     * organisation (s24-shortforms B "Tamar Valley Dairies (TVD) ... TVD runs two creameries"; {@link
     * UntaggedAcronyms}); not before the name, and not where two names spell it.
     */
    @Test
    void anUntaggedAcronymOfOneOrganisationNamedBeforeIsIt() {
        String runs = "TVD/NNP runs/VBZ creameries/NNS";
        String runsParse = "nsubj(runs, TVD) obj(runs, creameries)";
        org.newsgraph.testing.ParsedText one = new org.newsgraph.testing.ParsedText()
                .sentence("Tarn/NNP/ORGANIZATION Vale/NNP/ORGANIZATION Dairies/NNPS/ORGANIZATION grew/VBD",
                        "compound(Dairies, Tarn) compound(Dairies, Vale) nsubj(grew, Dairies)")
                .sentence(runs, runsParse);
        List<Entity> found = new EntityRecognizer(new Gazetteer()).recognize(one.text(), Set.of());
        assertEquals(Map.of("Tarn Vale Dairies", "Organization x2"), types(found));
        assertEquals("initials of Tarn Vale Dairies", found.get(0).aliasReasons().get("TVD"));
        org.newsgraph.testing.ParsedText before = new org.newsgraph.testing.ParsedText()
                .sentence(runs, runsParse)
                .sentence("Tarn/NNP/ORGANIZATION Vale/NNP/ORGANIZATION Dairies/NNPS/ORGANIZATION grew/VBD",
                        "compound(Dairies, Tarn) compound(Dairies, Vale) nsubj(grew, Dairies)");
        assertEquals(Map.of("Tarn Vale Dairies", "Organization x1"), types(before, new Gazetteer()),
                "written before the name, the capitals are not yet its acronym");
        org.newsgraph.testing.ParsedText two = new org.newsgraph.testing.ParsedText()
                .sentence("Tarn/NNP/ORGANIZATION Vale/NNP/ORGANIZATION Dairies/NNPS/ORGANIZATION and/CC "
                                + "Tolver/NNP/ORGANIZATION Vane/NNP/ORGANIZATION Diesel/NNP/ORGANIZATION grew/VBD",
                        "compound(Dairies, Tarn) compound(Dairies, Vale) nsubj(grew, Dairies) cc(Diesel, and) "
                                + "compound(Diesel, Tolver) compound(Diesel, Vane) conj:and(Dairies, Diesel)")
                .sentence(runs, runsParse);
        assertEquals(Map.of("Tarn Vale Dairies", "Organization x1", "Tolver Vane Diesel", "Organization x1"),
                types(two, new Gazetteer()), "two names spell it: it stands for neither");
    }

    @Test
    void aNameThatBeginsAListedThingsLongerNameIsThatThing() throws Exception {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(
                "Quorra Inc.\tOrganization\thttp://www.wikidata.org/entity/Q999001\tQuorra|Quorra Computer Company\tcurated\n")));
        List<Entity> entities = recognize(gazetteer,
                "Quorra/ORGANIZATION Computer/ORGANIZATION will sell films . Quorra/ORGANIZATION said so .");
        assertEquals(Map.of("Quorra", "Organization x2"), types(entities));
        assertEquals(List.of("Quorra Computer"), entities.get(0).aliases());
        assertEquals(Map.of("Quorra Computer", "begins a listed name of Quorra Inc."), entities.get(0).aliasReasons());
        assertEquals(Map.of("Quorra Records", "Organization x1", "Quorra", "Organization x1"), types(recognize(gazetteer,
                "Quorra/ORGANIZATION Records/ORGANIZATION sued . Quorra/ORGANIZATION said so .")),
                "a name no listed name goes on from is a thing of its own");
    }

    @Test
    void anAcronymIsTheNameWhoseInitialsItSpells() {
        List<Entity> entities = recognize(new Gazetteer(), "General/ORGANIZATION Motors/ORGANIZATION said . GM/ORGANIZATION rose .");
        assertEquals(Map.of("General Motors", "Organization x2"), types(entities));
        assertEquals(Map.of("GM", "initials of General Motors"), entities.get(0).aliasReasons());
        assertEquals(Map.of("Bureau of Harbour Pilots", "Organization x2"), types(recognize(new Gazetteer(),
                "the Bureau/ORGANIZATION of/ORGANIZATION Harbour/ORGANIZATION Pilots/ORGANIZATION met . "
                        + "the BOHP/ORGANIZATION agreed .")), "initials may keep the linking word's");
    }

    /**
     * s30-names: a name's initials written straight after it without brackets, run into the name by the NER, are its
     * short form (MEANTIME tuning "a new Canadian Auto Workers CAW contract", {@link RunInAcronyms}); capitals that
     * spell other words, or that a longer run goes on from, stay words of the name.
     */
    @Test
    void initialsTheNerRanIntoTheNameTheySpellAreItsShortForm() {
        List<Entity> entities = recognize(new Gazetteer(), "a new Tamar/ORGANIZATION Valley/ORGANIZATION "
                + "Drivers/ORGANIZATION TVD/ORGANIZATION contract . the TVD/ORGANIZATION agreed .");
        assertEquals(Map.of("Tamar Valley Drivers", "Organization x3"), types(entities));
        assertEquals(Map.of("TVD", "initials of Tamar Valley Drivers"), entities.get(0).aliasReasons());
        assertEquals(Map.of("Bureau of Harbour Pilots", "Organization x2"), types(recognize(new Gazetteer(),
                "the Bureau/ORGANIZATION of/ORGANIZATION Harbour/ORGANIZATION Pilots/ORGANIZATION BOHP/ORGANIZATION "
                        + "deal .")), "initials with the linking word's");
        assertEquals(Map.of("Alpha Beta Gamma XYZ", "Organization x1"), types(recognize(new Gazetteer(),
                "Alpha/ORGANIZATION Beta/ORGANIZATION Gamma/ORGANIZATION XYZ/ORGANIZATION rose .")),
                "capitals that spell other words are a word of the name");
        assertEquals(Map.of("Tamar Valley Drivers TVD Labs", "Organization x1"), types(recognize(new Gazetteer(),
                "Tamar/ORGANIZATION Valley/ORGANIZATION Drivers/ORGANIZATION TVD/ORGANIZATION Labs/ORGANIZATION rose .")),
                "initials the run goes on from are inside a longer name");
    }

    @Test
    void namesTheNerMissedAreTakenWhereTheArticleSaysWhatTheyAre() {
        assertEquals(Map.of("PayHarbor", "Organization x1", "Lenvara", "Product x1"), types(recognize(new Gazetteer(),
                "It partnered with the fintech PayHarbor . It sells the drug Lenvara .")));
    }

    @Test
    void aMakerFollowedByAModelCodeIsAProduct() throws Exception {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader("Airbus\tOrganization\t\t\tcurated\n")));
        assertEquals(Map.of("Airbus A350", "Product x1", "Airbus", "Organization x1"), types(recognize(gazetteer,
                "Airbus said the Airbus A350 sold well in 2024 .")));
        assertNull(types(recognize(gazetteer, "Airbus 2024 results were good .")).get("Airbus 2024"), "a year is no model");
    }

    /**
     * s19-products: the codes carmakers and phone makers give their models after a listed maker's name (general
     * knowledge of how models are named: "Kia EV6", "BMW X5", "Volkswagen ID.3", "BMW i4", "Embraer E195-E2"); a
     * quarter, a half-year or a fiscal year after the name is no model.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "Halvorsen said the Halvorsen EV6 sold well . | Halvorsen EV6",
        "Halvorsen said the Halvorsen X5 sold well . | Halvorsen X5",
        "Halvorsen said the Halvorsen ID.3 sold well . | Halvorsen ID.3",
        "Halvorsen said the Halvorsen i4 sold well . | Halvorsen i4",
        "Halvorsen said the Halvorsen E195-E2 sold well . | Halvorsen E195-E2",
        "Halvorsen said Halvorsen Q3 sales rose . | -",
        "Halvorsen said Halvorsen H1 sales rose . | -",
        "Halvorsen said Halvorsen FY24 sales rose . | -"})
    void aMakerFollowedByACarOrPhoneCodeIsAProduct(String tagged, String product) throws Exception {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader("Halvorsen\tOrganization\t\t\tcurated\n")));
        Map<String, String> found = types(recognize(gazetteer, tagged));
        if (product.equals("-")) {
            assertEquals(Map.of("Halvorsen", "Organization x2"), found);
        } else {
            assertEquals(Map.of(product, "Product x1", "Halvorsen", "Organization x1"), found);
        }
    }

    @Test
    void aModelCodeBeforeItsNicknameInQuotesIsTheSameProduct() {
        org.newsgraph.testing.ParsedText text = new org.newsgraph.testing.ParsedText()
                .sentence("Halvorsen/NNP/ORGANIZATION 's/POS newest/JJS aircraft/NN ,/, the/DT 787/CD/NUMBER \"/`` "
                                + "Zephyrliner/NNP/MISC \"/'' flew/VBD",
                        "nmod:poss(aircraft, Halvorsen) case(Halvorsen, 's) appos(aircraft, Zephyrliner) "
                                + "det(Zephyrliner, the) nummod(Zephyrliner, 787) nsubj(flew, aircraft)");
        Entity product = new EntityRecognizer(new Gazetteer()).recognize(text.text(), Set.of()).stream()
                .filter(e -> e.name().equals("Zephyrliner")).findFirst().orElseThrow();
        assertEquals(EntityType.PRODUCT, product.type());
        assertEquals(List.of("787"), product.aliases(), "the code is a name of the nicknamed product");
        org.newsgraph.testing.ParsedText count = new org.newsgraph.testing.ParsedText()
                .sentence("Halvorsen/NNP/ORGANIZATION sold/VBD 300/CD/NUMBER new/JJ Zephyrliner/NNP/MISC jets/NNS",
                        "nsubj(sold, Halvorsen) obj(sold, jets) nummod(jets, 300) amod(jets, new) "
                                + "compound(jets, Zephyrliner)");
        assertEquals(List.of(), new EntityRecognizer(new Gazetteer()).recognize(count.text(), Set.of()).stream()
                .filter(e -> e.name().equals("Zephyrliner")).findFirst().orElseThrow().aliases(),
                "a number before a name, with no quotes, is no nickname's code");
    }

    @Test
    void aModelCodeWithANumberedVariantIsOneProduct() {
        String text = "Halvorsen flies six Z330-300E jets .";
        String[][] words = {{"Halvorsen", "NNP", "ORGANIZATION"}, {"flies", "VBZ", "O"}, {"six", "CD", "NUMBER"},
                {"Z330", "NNP", "O"}, {"-", "HYPH", "O"}, {"300E", "NNP", "O"}, {"jets", "NNS", "O"}, {".", ".", "O"}};
        List<org.newsgraph.nlp.Token> tokens = new java.util.ArrayList<>();
        int at = 0;
        for (String[] word : words) {
            int start = text.indexOf(word[0], at);
            at = start + word[0].length();
            tokens.add(new org.newsgraph.nlp.Token(tokens.size(), 0, start, at, word[0], word[0].toLowerCase(), word[1],
                    word[2], null));
        }
        org.newsgraph.nlp.AnnotatedText annotated = new org.newsgraph.nlp.AnnotatedText(text,
                List.of(new org.newsgraph.nlp.AnnotatedSentence(0, 0, text.length(), tokens, List.of())));
        Map<String, String> types = types(new EntityRecognizer(new Gazetteer()).recognize(annotated, Set.of()));
        assertEquals("Product x1", types.get("Z330-300E"), types.toString());
    }

    @Test
    void aModelCodeInThePluralIsTheModel() {
        List<Entity> entities = recognize(new Gazetteer(), "Halvorsen flies six Z330s . Now the Z330 is quiet .");
        assertEquals("Product x2", types(entities).get("Z330"), entities.toString());
        assertEquals(List.of("Z330s"), entities.stream().filter(e -> e.name().equals("Z330")).findFirst().orElseThrow()
                .aliases());
    }

    @Test
    void aVersionNumberAfterAProductsNameIsPartOfIt() {
        assertEquals(Map.of("zPhone 3GS", "Product x1", "zPhone", "Product x1"), types(recognize(new Gazetteer(),
                "They sold the zPhone 3GS . The zPhone sold .")));
    }

    @Test
    void aMakersNameBeforeAProductsNameIsTheProduct() {
        assertEquals(Map.of("Halvorsen", "Organization x1", "Halvorsen Falcon", "Product x2"), types(recognize(
                new Gazetteer(), "Halvorsen/ORGANIZATION said the model Falcon sold . "
                        + "The iconic Halvorsen/ORGANIZATION Falcon/ORGANIZATION rose .")));
    }

    @Test
    void namesJoinedByAnAmpersandOrPlusAreOneCompany() {
        assertEquals(Map.of("Kuehne + Nagel", "Organization x1", "Procter & Gamble", "Organization x1"),
                types(recognize(new Gazetteer(), "Kuehne/PERSON +/O Nagel/PERSON met Procter/PERSON &/O Gamble/PERSON .")));
    }

    private static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + types(entities)));
    }

    @Test
    void aGovernmentNamedByItsCountryIsOneOrganisationWhateverTheWording() {
        List<Entity> entities = recognize(TestGazetteer.sample(), "The US/LOCATION government , it said . "
                + "Later the government of the United/LOCATION States/LOCATION agreed . The Irish/MISC government , it said .");
        Entity us = named(entities, "Government of the United States");
        assertEquals(EntityType.ORGANIZATION, us.type());
        assertEquals(List.of("US government", "government of the United States"), us.mentions().stream()
                .map(Span::text).toList(), "both wordings, without the article");
        assertEquals("context: government-of-place (all 6 votes)", us.typeReason());
        assertEquals(EntityType.ORGANIZATION, named(entities, "Government of Ireland").type());
        assertEquals("Place x2", types(entities).get("United States"), "the article names the country too");
    }

    @Test
    void aGovernmentNounModifyingAnotherNounIsNoBody() {
        Map<String, String> types = types(recognize(TestGazetteer.sample(), "US/LOCATION government bonds fell ."));
        assertEquals(Map.of("United States", "Place x1"), types);
    }

    @Test
    void theGazetteerIdentifiesABodyAndALoneNounJoinsIt() throws Exception {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(
                "United States\tPlace\t\tU.S.|US\tknown\n"
                        + "United States Air Force\tOrganization\thttp://www.wikidata.org/entity/Q11223\t\tcurated\n")));
        List<Entity> entities = recognize(gazetteer,
                "The US/LOCATION Air/ORGANIZATION Force/ORGANIZATION tanker won . The Air/ORGANIZATION Force/ORGANIZATION paid .");
        Entity force = named(entities, "United States Air Force");
        assertEquals("http://www.wikidata.org/entity/Q11223", force.sameAs());
        assertEquals(2, force.mentions().size(), types(entities).toString());
    }

    @Test
    void aBodyTheNerNamedWholeKeepsItsPlace() throws Exception {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader("United States\tPlace\t\tUS\tknown\n")));
        Map<String, String> types = types(recognize(gazetteer, "The US/ORGANIZATION Treasury/ORGANIZATION , it said ."));
        assertEquals(Map.of("Treasury of the United States", "Organization x1", "United States", "Place x1"), types);
    }

    @Test
    void britishIsTheUnitedKingdom() {
        assertEquals(Map.of("United Kingdom", "Place x2"), types(recognize(TestGazetteer.sample(),
                "British/MISC banks rose . Britain/LOCATION gained .")));
    }

    @Test
    void thePlaceAnOfficeGovernsIsSplitFromItsHoldersName() throws Exception {
        assertEquals(Map.of("Vesterland", "Place x1", "Anika Dahl", "Person x1"), types(recognize(new Gazetteer(),
                "Prime Minister of Vesterland/PERSON Anika/PERSON Dahl/PERSON met them .")),
                "without a list, the holder is the last two words");
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(
                "North Vesterland\tPlace\t\t\tcurated\n")));
        assertEquals(Map.of("North Vesterland", "Place x1", "Anna Maria Dahl", "Person x1"), types(recognize(gazetteer,
                "the president of North/PERSON Vesterland/PERSON Anna/PERSON Maria/PERSON Dahl/PERSON spoke .")),
                "a listed place takes the words it spells");
        assertEquals(Map.of("Anna Maria Dahl", "Person x1"), types(recognize(new Gazetteer(),
                "a friend of Anna/PERSON Maria/PERSON Dahl/PERSON spoke .")), "no office, no place");
    }

    @Test
    void aPersonsSurnameWherePublicationsStandStaysThePerson() {
        String words = "Kaia/NNP/kaia/PERSON Lund/NNP/lund/PERSON spoke/VBD/speak . Tarrow/NNP/tarrow/PERSON "
                + "reported/VBD/report it , she/PRP/she told/VBD/tell Quillon/NNP/quillon/PERSON . "
                + "Lund/NNP/lund/PERSON reported/VBD/report a loss .";
        String parse = "2:nsubj:1 1:compound:0 | 1:nsubj:0 1:obj:2 5:ccomp:1 5:nsubj:4 5:obj:6 | 1:nsubj:0 1:obj:3";
        Map<String, String> types = types(recognize(new Gazetteer(), parsed(words, parse)));
        assertEquals(Map.of("Kaia Lund", "Person x2", "Tarrow", "Organization x1", "Quillon", "Organization x1"), types,
                "the lone names are publications; the surname is the person named before");
    }

    @Test
    void aMakersNameIsAnOrganisationButAPersonsSurnameStaysThePerson() {
        String words = "Kaia/NNP/kaia/PERSON Lund/NNP/lund/PERSON spoke/VBD/speak . Ostrel/NNP/ostrel/PERSON "
                + "makes/VBZ/make payroll software/NN/software . Lund/NNP/lund/PERSON makes/VBZ/make oak "
                + "furniture/NN/furniture .";
        String parse = "2:nsubj:1 1:compound:0 | 1:nsubj:0 1:obj:3 3:compound:2 | 1:nsubj:0 1:obj:3 3:compound:2";
        Map<String, String> types = types(recognize(new Gazetteer(), parsed(words, parse)));
        assertEquals(Map.of("Kaia Lund", "Person x2", "Ostrel", "Organization x1"), types,
                "the lone maker is a firm; the surname is the person named before");
    }

    @Test
    void aSpeakerCalledItIsAFirmEvenOpeningASentenceButAPersonsSurnameStaysThePerson() {
        String words = "Kaia/NNP/kaia/PERSON Lund/NNP/lund/PERSON spoke/VBD/speak . Tessaro/NNP/tessaro/O "
                + "said/VBD/say it/PRP/it would/MD/would cut/VB/cut 300/CD/300/NUMBER jobs/NNS/job . Lund/NNP/lund/PERSON "
                + "said/VBD/say it/PRP/it would/MD/would sell/VB/sell shares/NNS/share .";
        String parse = "2:nsubj:1 1:compound:0 | 1:nsubj:0 1:ccomp:4 4:nsubj:2 4:aux:3 4:obj:6 6:nummod:5"
                + " | 1:nsubj:0 1:ccomp:4 4:nsubj:2 4:aux:3 4:obj:5";
        Map<String, String> types = types(recognize(new Gazetteer(), parsed(words, parse)));
        assertEquals(Map.of("Kaia Lund", "Person x2", "Tessaro", "Organization x1"), types,
                "the untyped opener that speaks as 'it' is a firm; the surname is the person named before");
    }

    @Test
    void aSentenceOpenerIsAFirmWhereItIsFoundedOpensASiteOrEndsInAFirmsWordButNotWhereItOpensADoor() {
        String words = "Calverin/NNP/calverin/O was/VBD/be founded/VBN/found by engineers/NNS/engineer . "
                + "Brindlemark/NNP/brindlemark/O will/MD/will open/VB/open a factory/NN/factory . "
                + "Vestry/NNP/vestry/O opened/VBD/open the door/NN/door . "
                + "Delvane/NNP/delvane/O Partners/NNP/partners/O advised/VBD/advise the buyers/NNS/buyer . "
                + "General/NNP/general/O Partners/NNP/partners/O receive/VBP/receive fees/NNS/fee . "
                + "The/DT/the Quendra/NNP/quendra/O -/HYPH/- backed/VBN/back startup/NN/startup grew/VBD/grow .";
        String parse = "2:nsubj:pass:0 2:aux:pass:1 2:obl:by:4 4:case:3 | 2:nsubj:0 2:aux:1 2:obj:4 4:det:3"
                + " | 1:nsubj:0 1:obj:3 3:det:2 | 2:nsubj:1 1:compound:0 2:obj:4 4:det:3 | 2:nsubj:1 1:compound:0 2:obj:3"
                + " | 4:det:0 3:obl:1 3:punct:2 4:amod:3 5:nsubj:4";
        Map<String, String> types = types(recognize(new Gazetteer(), parsed(words, parse)));
        assertEquals(Map.of("Calverin", "Organization x1", "Brindlemark", "Organization x1", "Delvane Partners",
                "Organization x1", "Quendra", "Organization x1"), types,
                "a capitalised opener that opens a door, a heading of generic words: nothing");
    }

    @Test
    void aNameEndingInACorporateWordIsAFirmWhateverTheNerGuessed() {
        Map<String, String> types = types(recognize(new Gazetteer(), parsed(
                "they hired Orvane/NNP/orvane/PERSON Capital/NNP/capital/PERSON and Vexa/NNP/vexa/LOCATION "
                        + "Labs/NNP/labs/LOCATION , not Brindle Foods/NNP/foods .", "")));
        assertEquals(Map.of("Orvane Capital", "Organization x1", "Vexa Labs", "Organization x1",
                "Brindle Foods", "Organization x1"), types);
        assertEquals("context: corporate-last-word (3 of 4 votes)", recognize(new Gazetteer(), parsed(
                "they hired Orvane/NNP/orvane/PERSON Capital/NNP/capital/PERSON .", "")).get(0).typeReason());
    }

    @Test
    void aListedNameWhereTheArticlesPersonsSurnameStandsIsThatPerson() throws Exception {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(
                "Jordan\tPlace\t\t\tcurated\nWexford\tPlace\t\t\tknown\nFord Motor\tOrganization\t\tFord\tknown\n")));
        String words = "Owen/NNP/owen/PERSON Jordan/NNP/jordan/PERSON and Ella/NNP/ella/PERSON Wexford/NNP/wexford/PERSON "
                + "met Bill/NNP/bill/PERSON Ford/NNP/ford/PERSON . Jordan/NNP/jordan/PERSON spoke/VBD/speak . "
                + "Wexford/NNP/wexford/LOCATION said/VBD/say so . Ford/NNP/ford/ORGANIZATION said/VBD/say so . "
                + "they flew to Jordan/NNP/jordan/LOCATION and Wexford/NNP/wexford/LOCATION .";
        String parse = " | 1:nsubj:0 | 1:nsubj:0 | 1:nsubj:0 | 1:obl:3 3:conj:5";
        List<Entity> entities = recognize(gazetteer, parsed(words, parse));
        // Since session 40 (names2, SpokenSurnames): a listed company's one-word name that speaks after a person of
        // that surname, the company named nowhere else, is the person ("Ford said so" after Bill Ford; was Ford Motor)
        assertEquals(Map.of("Owen Jordan", "Person x2", "Ella Wexford", "Person x2", "Bill Ford", "Person x2",
                "Jordan", "Place x1", "Wexford", "Place x1"), types(entities),
                "the surname the NER calls a person, or a town-and-surname as a subject, is the person; so is 'Ford'"
                        + " the NER calls a company where it speaks after Bill Ford; the places flown to stay the listed"
                        + " things");
        Entity wexford = entities.stream().filter(e -> e.name().equals("Ella Wexford")).findFirst().orElseThrow();
        assertEquals(Map.of("Wexford", "last words of Ella Wexford"), wexford.aliasReasons());
    }

    @Test
    void aFamilyNameWrittenFirstIsThePersonsShortForm() {
        List<Entity> entities = recognize(new Gazetteer(), parsed("Li/NNP/li/PERSON Wei/NNP/wei/PERSON joined in May . "
                + "Li/NNP/li/PERSON said/VBD/say so .", ""));
        assertEquals(Map.of("Li Wei", "Person x2"), types(entities));
        assertEquals(Map.of("Li", "first words of Li Wei"), entities.get(0).aliasReasons());
        assertEquals(Map.of("Tom Reed", "Person x1", "Tom", "Person x1"), types(recognize(new Gazetteer(), parsed(
                "Tom/NNP/tom/PERSON Reed/NNP/reed/PERSON joined in May . Tom/NNP/tom/PERSON said/VBD/say so .", ""))),
                "a given name alone is not the person's short form: news writes the surname");
    }

    @Test
    void aMakersNameAndAModelCodeTheNerLeftOutIsAProduct() {
        List<Entity> coded = recognize(new Gazetteer(), parsed("Sales of the Tessaro T7/NNP/t7 rose/VBD/rise .", ""));
        assertEquals(Map.of("Tessaro T7", "Product x1"), types(coded));
        assertEquals("context: maker-and-model-code (all 3 votes)", coded.get(0).typeReason());
        assertEquals(Map.of("Quillpad Pro 2", "Product x1"), types(recognize(new Gazetteer(), parsed(
                "The new Quillpad Pro 2/CD/2 goes/VBZ/go on sale .", ""))), "a line's word and a number");
        assertEquals(Map.of(), types(recognize(new Gazetteer(), parsed(
                "It filed a Form S-1/NNP/s-1 and studied Flight MH17/NNP/mh17 and Quillpad 2/CD/2 .", ""))),
                "a document's or a route's code, and a number with no line's word, name no product");
        assertEquals(Map.of("Vantor Max 3", "Product x1"), types(recognize(new Gazetteer(), parsed(
                "The Vantor/NNP/vantor/ORGANIZATION Max/NNP/max/ORGANIZATION 3/CD/3/NUMBER costs/VBZ/cost $ 799 .", ""))),
                "the NER's organisation ending in a line's word before a number is the model");
        assertEquals(Map.of("Vantor Labs", "Organization x1"), types(recognize(new Gazetteer(), parsed(
                "Vantor/NNP/vantor/ORGANIZATION Labs/NNP/labs/ORGANIZATION 3/CD/3/NUMBER times .", ""))),
                "an organisation's name without a line's word keeps the NER's type");
    }

    @Test
    void aTypedNameAndTheModelNumberTheNerLeftOutAreAProductWhereTheWordsSaySo() {
        assertEquals(Map.of("Brenna 4", "Product x1"), types(recognize(new Gazetteer(), parsed(
                "The Brenna/NNP/brenna/ORGANIZATION 4/CD/4/NUMBER drone/NN/drone flies/VBZ/fly .",
                "4:nsubj:3 3:det:0 3:compound:1 3:nummod:2"))), "a product's kind noun after the number");
        assertEquals(Map.of("Oriel 6", "Product x1"), types(recognize(new Gazetteer(), parsed(
                "It/PRP/it unveiled/VBD/unveil the Oriel/NNP/oriel/PERSON 6/CD/6/NUMBER .",
                "1:nsubj:0 1:obj:4 4:det:2 4:compound:3"))), "the object of a launching verb, the number its head");
        assertEquals(Map.of("Sella 9", "Product x1"), types(recognize(new Gazetteer(), parsed(
                "It/PRP/it began/VBD/begin production/NN/production of the Sella/NNP/sella/PERSON 9/CD/9/NUMBER .",
                "1:nsubj:0 1:obj:2 5:case:3 5:det:4 2:nmod:of:5 5:nummod:6"))),
                "what an output noun is of: no cue of the typed word alone, the number says model");
        assertEquals(Map.of("Brenna 4", "Product x1"), types(recognize(new Gazetteer(), parsed(
                "The Brenna/NNP/brenna/PERSON 4/CD/4/NUMBER drone/VB/drone can/MD/can fly/VB/fly .",
                "5:nsubj:3 3:det:0 3:compound:1 1:nummod:2 5:aux:4"))),
                "the kind noun right after the number, whatever the tagger called it");
        assertEquals(Map.of("Sella", "Person x1"), types(recognize(new Gazetteer(), parsed(
                "It/PRP/it began/VBD/begin talks/NNS/talk with Sella/NNP/sella/PERSON 9/CD/9/NUMBER days/NNS/day ago/RB/ago .",
                "1:nsubj:0 1:obj:2 4:case:3 2:nmod:with:4 6:nummod:5 7:obl:npmod:6"))),
                "a person's name before a count of days");
        assertEquals(Map.of("Chelsea", "Organization x1", "Arsenal", "Organization x1"), types(recognize(new Gazetteer(),
                parsed("Chelsea/NNP/chelsea/ORGANIZATION 2/CD/2/NUMBER Arsenal/NNP/arsenal/ORGANIZATION 1/CD/1/NUMBER "
                        + "was/VBD/be the score/NN/score .", "6:nsubj:0 0:nummod:1 0:dep:2 2:nummod:3 6:cop:4 6:det:5"))),
                "a score: no product cue");
        assertEquals(Set.of("Ferro"), types(recognize(new Gazetteer(), parsed(
                "It/PRP/it recalled/VBD/recall Ferro/NNP/ferro/ORGANIZATION 12/CD/12/NUMBER times/NNS/time .",
                "1:nsubj:0 1:obj:2 1:obl:tmod:4 4:nummod:3"))).keySet(), "a count after the name, not a model");
        assertEquals(Map.of(), types(recognize(new Gazetteer(), parsed(
                "It/PRP/it launched/VBD/launch Section/NNP/section/ORGANIZATION 8/CD/8/NUMBER .",
                "1:nsubj:0 1:obj:3 3:compound:2"))).entrySet().stream().filter(e -> e.getKey().contains("8"))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                "a word that names no maker");
        assertEquals(Map.of("Halden", "Organization x1"), types(recognize(new Gazetteer(), parsed(
                "Halden/NNP/halden/ORGANIZATION 3/CD/3/NUMBER opened/VBD/open a plant/NN/plant .",
                "2:nsubj:0 0:nummod:1 2:obj:4 4:det:3"))), "no product cue: the name keeps the NER's type");
    }

    @Test
    void aFacilitysWordAndNumberIsAPlaceTheNerLeftOut() {
        List<Entity> entities = recognize(new Gazetteer(), parsed("Passengers/NNS/passenger moved/VBD/move to "
                + "Terminal/JJ/terminal 5/CD/5/NUMBER , not Terminal/JJ/terminal buildings/NNS/building .", ""));
        assertEquals(Map.of("Terminal 5", "Place x1"), types(entities));
        assertEquals("context: facility-name (all 3 votes)", entities.get(0).typeReason());
    }

    @Test
    void aCurrencysNameIsNoEntityButAPersonSoNamedIs() throws Exception {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(
                "Sterling\tPlace\t\t\tknown\n")));
        assertEquals(Map.of(), types(recognize(gazetteer, parsed(
                "Sterling/NNP/sterling/LOCATION fell against the Euro/NNP/euro/MISC and the Yen/NNP/yen/LOCATION .", ""))),
                "currencies are units of figures, not places");
        assertEquals(Map.of("Sterling", "Person x1"), types(recognize(new Gazetteer(), parsed(
                "Sterling/NNP/sterling/PERSON scored twice .", ""))));
        assertEquals(Set.of("Rand"), types(recognize(new Gazetteer(), parsed(
                "Rand/NNP/rand/LOCATION said/VBD/say so .", ""))).keySet(),
                "a currency's name that is a surname too is left to the other rules");
    }

    @Test
    void aUnitAfterItsNumberIsNoName() {
        // "kWh" is written like a brand ("iPod"), "MW" like initials; after a number both are units
        Map<String, String> types = types(recognize(new Gazetteer(), parsed(
                "the battery/NN/battery stores/VBZ/store 75/CD/75/NUMBER kWh/NNS/kwh and a 300/CD/300/NUMBER "
                        + "MW/NN/mw/ORGANIZATION plant/NN/plant .", "")));
        assertEquals(Map.of(), types);
        assertEquals(Map.of("MW", "Organization x1"), types(recognize(new Gazetteer(), parsed(
                "the MW/NNP/mw/ORGANIZATION board/NN/board met/VBD/meet .", ""))), "not after a number: the NER's name");
    }

    @Test
    void aUnitANumberCountsIsNoName() {
        // "TEU" (twenty-foot equivalent units) is written like initials; after a number it is what the number counts
        assertEquals(Map.of(), types(recognize(new Gazetteer(), parsed(
                "the 20,000/CD/20,000/NUMBER TEU/NNP/teu/ORGANIZATION ship/NN/ship sailed/VBD/sail .", ""))));
        assertEquals(Map.of(), types(recognize(new Gazetteer(), parsed(
                "it handled 8.5/CD/8.5/NUMBER million/CD/million/NUMBER TEU/NNP/teu/ORGANIZATION .", ""))));
    }

    @Test
    void aLowerCaseVerbTheNerRanIntoANameSplitsIt() {
        assertEquals(Map.of("Ombra Capital", "Organization x1", "Keswick Foods", "Organization x1"),
                types(recognize(new Gazetteer(), parsed("Ombra/NNP/ombra/ORGANIZATION Capital/NNP/capital/ORGANIZATION "
                        + "is/VBZ/be/ORGANIZATION Keswick/NNP/keswick/ORGANIZATION Foods/NNP/foods/ORGANIZATION "
                        + "'s/POS/'s largest/JJS/large shareholder/NN/shareholder .", ""))));
    }

    @Test
    void aLowerCaseVerbGluedByAHyphenIsAWordOfTheName() {
        org.newsgraph.nlp.AnnotatedText text = parsed("Park/NNP/park/PERSON Ji/NNP/ji/PERSON -/HYPH/-/PERSON "
                + "won/VBD/win/PERSON said/VBD/say so/RB/so .", "");
        // written as CoreNLP tokenises "Park Ji-won": the hyphen and "won" touch the words before them
        List<org.newsgraph.nlp.Token> tokens = new java.util.ArrayList<>();
        StringBuilder written = new StringBuilder();
        for (org.newsgraph.nlp.Token t : text.sentences().get(0).tokens()) {
            boolean glued = t.text().equals("-") || t.text().equals("won");
            if (!written.isEmpty() && !glued) {
                written.append(' ');
            }
            int start = written.length();
            written.append(t.text());
            tokens.add(new org.newsgraph.nlp.Token(t.index(), 0, start, written.length(), t.text(), t.lemma(), t.pos(),
                    t.ner(), null));
        }
        org.newsgraph.nlp.AnnotatedText glued = new org.newsgraph.nlp.AnnotatedText(written.toString(), List.of(
                new org.newsgraph.nlp.AnnotatedSentence(0, 0, written.length(), tokens, List.of())));
        assertEquals(Map.of("Park Ji-won", "Person x1"), types(recognize(new Gazetteer(), glued)));
    }

    @Test
    void andBetweenTwoFirmsNamesSplitsTheNersRunButNotANameOfTwoSurnames() {
        // the bundled name list holds an "and" (an acronym's entry, matched by case): the split word is no name
        assertEquals(Map.of("Mistral Peak Partners", "Organization x1", "Dovecote Ventures", "Organization x1"),
                types(recognize(TestGazetteer.sample(), parsed("a/DT/a round/NN/round led/VBN/lead by/IN/by "
                        + "Mistral/NNP/mistral/ORGANIZATION Peak/NNP/peak/ORGANIZATION Partners/NNPS/partners/ORGANIZATION "
                        + "and/CC/and/ORGANIZATION Dovecote/NNP/dovecote/ORGANIZATION Ventures/NNPS/ventures/ORGANIZATION .", ""))));
        assertEquals(Map.of("Harlow and Finch", "Organization x1"), types(recognize(new Gazetteer(), parsed(
                "shares/NNS/share of/IN/of Harlow/NNP/harlow/ORGANIZATION and/CC/and/ORGANIZATION "
                        + "Finch/NNP/finch/ORGANIZATION rose/VBD/rise .", ""))), "no corporate last words: one name");
    }

    @Test
    void theFirstWordOfASentenceTheTaggerCalledACommonNounOpensAFirmsName() {
        assertEquals(Map.of("Quarry Point Capital", "Organization x1"), types(recognize(new Gazetteer(), parsed(
                "Quarry/NN/quarry Point/NNP/point/ORGANIZATION Capital/NNP/capital/ORGANIZATION bought/VBD/buy "
                        + "a/DT/a stake/NN/stake .", ""))), "after the NER's run");
        assertEquals(Map.of("Quarry Point Capital", "Organization x1"), types(recognize(new Gazetteer(), parsed(
                "Quarry/NN/quarry Point/NNP/point Capital/NNP/capital bought/VBD/buy a/DT/a stake/NN/stake .", ""))),
                "after an untagged run a corporate last word makes a firm's");
        assertEquals(Map.of("Point Capital", "Organization x1"), types(recognize(new Gazetteer(), parsed(
                "Investor/NN/investor Point/NNP/point/ORGANIZATION Capital/NNP/capital/ORGANIZATION bought/VBD/buy "
                        + "a/DT/a stake/NN/stake .", ""))), "a kind or role before the name is no word of it");
        assertEquals(Map.of("Point Capital", "Organization x1"), types(recognize(new Gazetteer(), parsed(
                "Today/NN/today/DATE Point/NNP/point/ORGANIZATION Capital/NNP/capital/ORGANIZATION bought/VBD/buy "
                        + "a/DT/a stake/NN/stake .", ""))), "nor a date");
    }

    @Test
    void aHyphenedPairBeforeAMergerIsTheTwoMergingFirms() {
        assertEquals(Map.of("Fenwick", "Organization x1", "Caldor", "Organization x1"), types(recognize(new Gazetteer(),
                parsed("the/DT/the Fenwick/NNP/fenwick/MISC -/HYPH/-/MISC Caldor/NNP/caldor/MISC merger/NN/merger "
                        + "was/VBD/be approved/VBN/approve .", ""))));
        assertEquals(Map.of("Fenwick", "Organization x1", "Caldor", "Organization x1"), types(recognize(new Gazetteer(),
                parsed("the/DT/the Fenwick/NNP/fenwick/ORGANIZATION -/HYPH/-/ORGANIZATION Caldor/NNP/caldor/ORGANIZATION "
                        + "merger/NN/merger was/VBD/be approved/VBN/approve .", ""))), "where the NER ran them into one");
        Map<String, String> deal = types(recognize(new Gazetteer(), parsed(
                "the/DT/the Fenwick/NNP/fenwick/ORGANIZATION -/HYPH/-/ORGANIZATION Caldor/NNP/caldor/ORGANIZATION "
                        + "deal/NN/deal was/VBD/be approved/VBN/approve .", "")));
        assertEquals(List.of("Organization x1"), List.copyOf(deal.values()), "a deal may be with one hyphened firm");
        assertEquals(false, deal.containsKey("Fenwick"), "a deal may be with one hyphened firm");
    }

    private static List<Entity> recognize(Gazetteer gazetteer, org.newsgraph.nlp.AnnotatedText text) {
        return new EntityRecognizer(gazetteer).recognize(text, Set.of());
    }

    /**
     * A parsed text: {@code word/POS/lemma/NER} tokens (sentences end at "."), and per sentence, separated by " | ",
     * {@code governor:relation:dependent} edges by token position in the sentence.
     */
    static org.newsgraph.nlp.AnnotatedText parsed(String words, String parses) {
        StringBuilder text = new StringBuilder();
        List<org.newsgraph.nlp.AnnotatedSentence> sentences = new java.util.ArrayList<>();
        List<org.newsgraph.nlp.Token> tokens = new java.util.ArrayList<>();
        String[] parse = parses.split(" \\| ");
        int index = 0;
        for (String item : words.split(" ")) {
            String[] parts = item.split("/");
            String word = parts[0];
            String pos = parts.length > 1 ? parts[1] : Character.isUpperCase(word.charAt(0)) ? "NNP"
                    : word.matches("\\p{Punct}+") ? word : "NN";
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            tokens.add(new org.newsgraph.nlp.Token(index++, sentences.size(), start, text.length(), word,
                    parts.length > 2 ? parts[2] : word.toLowerCase(java.util.Locale.ROOT), pos,
                    parts.length > 3 ? parts[3] : "O", null));
            if (word.equals(".")) {
                int base = tokens.get(0).index();
                List<org.newsgraph.nlp.Dependency> edges = new java.util.ArrayList<>();
                String sentenceParse = sentences.size() < parse.length ? parse[sentences.size()] : "";
                for (String edge : sentenceParse.isBlank() ? new String[0] : sentenceParse.strip().split(" ")) {
                    int first = edge.indexOf(':');
                    int last = edge.lastIndexOf(':');
                    edges.add(new org.newsgraph.nlp.Dependency(base + Integer.parseInt(edge.substring(0, first)),
                            base + Integer.parseInt(edge.substring(last + 1)), edge.substring(first + 1, last)));
                }
                sentences.add(new org.newsgraph.nlp.AnnotatedSentence(sentences.size(), tokens.get(0).start(),
                        text.length(), tokens, edges));
                tokens = new java.util.ArrayList<>();
            }
        }
        return new org.newsgraph.nlp.AnnotatedText(text.toString(), sentences);
    }

    @Test
    void aShortFormANamedUnitSharesIsItsParentsName() throws Exception {
        String firm = "Norvik/NNP/ORGANIZATION Telecom/NNP/ORGANIZATION sold/VBD masts/NNS";
        String firmParse = "compound(Telecom, Norvik) nsubj(sold, Telecom) obj(sold, masts)";
        String keep = "Norvik/NNP/PERSON will/MD keep/VB a/DT stake/NN";
        String keepParse = "nsubj(keep, Norvik) aux(keep, will) det(stake, a) obj(keep, stake)";
        org.newsgraph.testing.ParsedText unit = new org.newsgraph.testing.ParsedText()
                .sentence(firm, firmParse)
                .sentence("The/DT unit/NN ,/, Norvik/NNP/ORGANIZATION Towers/NNP/ORGANIZATION ,/, owns/VBZ masts/NNS",
                        "det(unit, The) nsubj(owns, unit) compound(Towers, Norvik) appos(unit, Towers) obj(owns, masts)")
                .sentence(keep, keepParse);
        assertEquals(Map.of("Norvik Telecom", "Organization x2", "Norvik Towers", "Organization x1"),
                types(unit, new Gazetteer()), "the unit is named in full; the short name is the parent's");
        org.newsgraph.testing.ParsedText sibling = new org.newsgraph.testing.ParsedText()
                .sentence(firm, firmParse)
                .sentence("Norvik/NNP/ORGANIZATION Towers/NNP/ORGANIZATION owns/VBZ masts/NNS",
                        "compound(Towers, Norvik) nsubj(owns, Towers) obj(owns, masts)")
                .sentence(keep, keepParse);
        assertEquals(3, types(sibling, new Gazetteer()).size(), "two firms, neither a unit: the short name is neither's");
    }
}
