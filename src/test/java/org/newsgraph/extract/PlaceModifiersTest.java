package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.nlp.AnnotatedSentence;
import org.newsgraph.nlp.AnnotatedText;

/**
 * A lone name the NER guessed to be an organisation where it modifies a noun with "a" or "an": each row a hand-parsed
 * sentence ({@link TypeCuesTest#sentence}), the name, whether another mention of it carries a cue, and the type the
 * guess ends with.
 */
class PlaceModifiersTest {

    private static final String LIST = String.join("\n",
            "Tarrowby\tPlace\t\t\tknown",
            "Kelham\tPlace\t\t\tknown",
            "Kelham\tOrganization\t\t\tknown",
            "Vestry\tOrganization\t\t\tknown");

    @ParameterizedTest(name = "{0} -> {3}")
    @CsvSource(delimiter = '|', value = {
        // s18-entities B: "a Leeds law firm" (halloran-textiles-ruling), "a Swindon engineer" (little-hinton-bells)
        "they hired a Tarrowby law/NN/law firm/NN/firm . | 1:nsubj:0 1:obj:5 5:det:2 5:compound:3 5:compound:4 | Tarrowby | Place",
        "a Tarrowby engineer/NN/engineer built it . | 2:det:0 2:compound:1 4:nsubj:2 4:obj:5 | Tarrowby | Place",
        // "the" names the one firm: the NER's guess alone stays (the compound's cue is the next test's)
        "she joined the Tarrowby law/NN/law firm/NN/firm . | 1:nsubj:0 1:obj:5 5:det:2 5:compound:3 5:compound:4 | Tarrowby | Organization",
        // not a modifier of a noun: the NER's guess stays
        "they hired Tarrowby last year . | 1:nsubj:0 1:obj:2 | Tarrowby | Organization",
        // the lists hold it as a place and a firm, or as a firm only, or not at all: the NER's guess stays
        "they hired a Kelham law/NN/law firm/NN/firm . | 1:nsubj:0 1:obj:5 5:det:2 5:compound:3 5:compound:4 | Kelham | Organization",
        "they hired a Vestry law/NN/law firm/NN/firm . | 1:nsubj:0 1:obj:5 5:det:2 5:compound:3 5:compound:4 | Vestry | Organization",
        "they hired a Dunmarsh law/NN/law firm/NN/firm . | 1:nsubj:0 1:obj:5 5:det:2 5:compound:3 5:compound:4 | Dunmarsh | Organization"})
    void aLonePlaceListedNameModifyingOneOfAKindIsThePlace(String words, String parse, String name, String expected)
            throws IOException {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(LIST)));
        AnnotatedSentence sentence = TypeCuesTest.sentence(words.strip(), parse.strip());
        List<FoundName> found = new ArrayList<>();
        found.add(organisation(sentence, name.strip(), null));
        PlaceModifiers.retype(new AnnotatedText(text(sentence), List.of(sentence)), found, gazetteer);
        assertEquals(EntityType.valueOf(expected.strip().toUpperCase()), found.get(0).type(), words);
    }

    /**
     * A name the type cues made a firm only because a kind of organisation follows it ("the Liverpool firm", "the
     * Aberdeen firm": s24-coref and s25-coref B, where the town became the answer to the description and the rival
     * of the firm it described) is the town when the lists know it only as one; a second mention with another cue
     * ("Tarrowby said it would ...") keeps the firm.
     */
    @ParameterizedTest(name = "{0} -> {4}")
    @CsvSource(delimiter = '|', value = {
        "the Tarrowby firm/NN/firm runs 900 lorries . | 2:det:0 2:compound:1 3:nsubj:2 3:obj:5 5:nummod:4 | Tarrowby | - | Place",
        "the Tarrowby law/NN/law firm/NN/firm won . | 3:det:0 3:compound:1 3:compound:2 4:nsubj:3 | Tarrowby | - | Place",
        "the Tarrowby firm/NN/firm runs 900 lorries . | 2:det:0 2:compound:1 3:nsubj:2 3:obj:5 5:nummod:4 | Tarrowby | subject-of-organization-verb | Organization",
        "the Kelham firm/NN/firm runs 900 lorries . | 2:det:0 2:compound:1 3:nsubj:2 3:obj:5 5:nummod:4 | Kelham | - | Organization",
        "the Dunmarsh firm/NN/firm runs 900 lorries . | 2:det:0 2:compound:1 3:nsubj:2 3:obj:5 5:nummod:4 | Dunmarsh | - | Organization",
        "the Vestry firm/NN/firm runs 900 lorries . | 2:det:0 2:compound:1 3:nsubj:2 3:obj:5 5:nummod:4 | Vestry | - | Organization"})
    void aTownMadeAFirmOnlyByTheKindAfterItIsTheTown(String words, String parse, String name, String otherCue,
            String expected) throws IOException {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(LIST)));
        AnnotatedSentence sentence = TypeCuesTest.sentence(words.strip(), parse.strip());
        List<FoundName> found = new ArrayList<>();
        found.add(organisation(sentence, name.strip(),
                new TypeCues.Cue(EntityType.ORGANIZATION, TypeCues.COMPOUND_OF_ORGANIZATION_NOUN)));
        int end = found.get(0).end();
        if (!otherCue.strip().equals("-")) {
            found.add(new FoundName(end + 40, end + 40 + name.strip().length(), name.strip(), 0,
                    EntityType.ORGANIZATION, TypeVote.NER_VOTE, new TypeCues.Cue(EntityType.ORGANIZATION,
                    otherCue.strip()), null));
        }
        PlaceModifiers.retype(new AnnotatedText(text(sentence), List.of(sentence)), found, gazetteer);
        assertEquals(EntityType.valueOf(expected.strip().toUpperCase()), found.get(0).type(), words);
    }
    /**
     * s30-names: a name before the trade noun that describes another proper name ("Pemberton's, the Leeds distributor",
     * "Marchbank's, the Carlisle biscuit maker", "the Burton Latimer haulage firm Pell &amp; Daughters": s29-names B,
     * s28-names B, s19-entities B) is where that firm is, not the firm: the town the lists know as one place, whatever
     * the NER guessed or "maker" cued. Not where no other name is described ("she joined the Tarrowby haulier": the
     * firm may be called so), nor a name the lists hold as a firm too, or not at all.
     */
    @ParameterizedTest(name = "{0} -> {4}")
    @CsvSource(delimiter = '|', value = {
        "Pell , the Tarrowby haulier/NN/haulier , won . | 6:nsubj:0 0:appos:4 4:det:2 4:compound:3 | Tarrowby | - | Place",
        "the Tarrowby biscuit/NN/biscuit maker/NN/maker Pell won . | 4:compound:3 3:det:0 3:compound:2 3:compound:1 5:nsubj:4 | Tarrowby | compound-of-maker | Place",
        "Pell , the Tarrowby biscuit/NN/biscuit maker/NN/maker , won . | 7:nsubj:0 0:appos:4 4:det:2 3:compound:2 4:compound:3 2:compound:1 | Tarrowby | compound-of-maker | Place",
        "she joined the Tarrowby haulier/NN/haulier . | 1:nsubj:0 1:obj:4 4:det:2 4:compound:3 | Tarrowby | - | Organization",
        "Pell , the Kelham haulier/NN/haulier , won . | 6:nsubj:0 0:appos:4 4:det:2 4:compound:3 | Kelham | - | Organization",
        "Pell , the Dunmarsh haulier/NN/haulier , won . | 6:nsubj:0 0:appos:4 4:det:2 4:compound:3 | Dunmarsh | - | Organization",
        "Pell , Tarrowby haulier/NN/haulier , won . | 5:nsubj:0 0:appos:3 3:compound:2 | Tarrowby | - | Organization"})
    void aTownBeforeTheTradeNounDescribingAnotherNameIsTheTown(String words, String parse, String name, String cue,
            String expected) throws IOException {
        Gazetteer gazetteer = new Gazetteer().load(new BufferedReader(new StringReader(LIST)));
        AnnotatedSentence sentence = TypeCuesTest.sentence(words.strip(), parse.strip());
        List<FoundName> found = new ArrayList<>();
        found.add(organisation(sentence, name.strip(),
                cue.strip().equals("-") ? null : new TypeCues.Cue(EntityType.PRODUCT, cue.strip())));
        PlaceModifiers.retype(new AnnotatedText(text(sentence), List.of(sentence)), found, gazetteer);
        EntityType type = found.get(0).type();
        assertEquals(EntityType.valueOf(expected.strip().toUpperCase()), type, words);
        if (type == EntityType.PLACE) {
            assertEquals(PlaceModifiers.TOWN_OF_DESCRIBED_NAME, found.get(0).cue().rule(), "the reason is kept");
        }
    }

    /** The sentence's text as its tokens joined by spaces (the offsets {@link TypeCuesTest#sentence} gives). */
    private static String text(AnnotatedSentence sentence) {
        return String.join(" ", sentence.tokens().stream().map(t -> t.text()).toList());
    }

    /** The name as the NER found it in the sentence: an organisation, with the cue given (or none). */
    private static FoundName organisation(AnnotatedSentence sentence, String name, TypeCues.Cue cue) {
        int[] span = TypeCuesTest.find(sentence, name);
        int start = sentence.tokens().get(span[0]).start();
        int end = sentence.tokens().get(span[1] - 1).end();
        return new FoundName(start, end, name, 0, EntityType.ORGANIZATION, TypeVote.NER_VOTE, cue, null);
    }
}
