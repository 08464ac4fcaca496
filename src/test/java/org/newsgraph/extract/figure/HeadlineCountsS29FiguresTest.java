package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.FigureCandidate;
import org.newsgraph.extract.FigureKind;
import org.newsgraph.testing.ParsedText;

/**
 * Session 29: counts in title-case headlines by the parse ({@link HeadlineCounts}): the rules refuse "300" after a
 * capital as a name's number, and CoreNLP tags the capitalised counted noun a proper noun; the number is a count when
 * it is the {@code nummod} of a plural noun after it and the word before it is the headline's verb. The tags and
 * dependencies below are CoreNLP's own for these made-up headlines (set A, /work/notes/s29/figures-A.txt).
 */
class HeadlineCountsS29FiguresTest {

    private static List<FigureCandidate> added(ParsedText parsed) {
        return NerFiguresTest.added(parsed);
    }

    /** Asserts that the parse adds exactly one count: its words, value and counted noun (shared with session 30's test). */
    static void assertCount(ParsedText parsed, String words, String value, String unit) {
        List<FigureCandidate> added = added(parsed);
        assertEquals(1, added.size(), added.toString());
        FigureCandidate figure = added.get(0);
        assertEquals(FigureKind.COUNT, figure.kind());
        assertEquals(0, new BigDecimal(value).compareTo(figure.value()));
        assertEquals(unit, figure.unit());
        assertEquals(words, parsed.text().text().substring(figure.start(), figure.end()));
    }

    @Test
    void aVerbTaggedAsAPluralNounBeforeTheCount() {
        assertCount(new ParsedText().sentence(
                "Bank/NNP Cuts/NNP 900/CD/NUMBER/_/900.0 Jobs/NNP as/IN Profits/NNP Slide/NNP",
                "compound(Jobs, Bank) compound(Jobs, Cuts) nummod(Jobs, 900) ROOT(ROOT, Jobs) mark(Slide, as)"
                        + " compound(Slide, Profits) advcl(Jobs, Slide)"), "900 Jobs", "900", "job");
        assertCount(new ParsedText().sentence(
                "Retailer/NNP Axes/NNS 600/CD/NUMBER/_/600.0 Stores/NNS Across/IN Britain/NNP/LOCATION",
                "compound(Axes, Retailer) ROOT(ROOT, Axes) nummod(Stores, 600) dep(Axes, Stores) case(Britain, Across)"
                        + " nmod:across(Stores, Britain)"), "600 Stores", "600", "store");
    }

    @Test
    void aVerbAndCapitalisedWordsBetween() {
        assertCount(new ParsedText().sentence(
                "Fire/NNP Destroys/VBZ 12/CD/NUMBER/_/12.0 Homes/NNPS in/IN Village/NNP",
                "nsubj(Destroys, Fire) ROOT(ROOT, Destroys) nummod(Homes, 12) obj(Destroys, Homes) case(Village, in)"
                        + " obl:in(Destroys, Village)"), "12 Homes", "12", "home");
        assertCount(new ParsedText().sentence(
                "Council/NNP Approves/VBZ 300/CD/NUMBER/_/300.0 New/NNP Homes/NNPS",
                "nsubj(Approves, Council) ROOT(ROOT, Approves) nummod(Homes, 300) compound(Homes, New)"
                        + " obj(Approves, Homes)"), "300 New Homes", "300", "home");
    }

    @Test
    void modelNamesStayRefused() {
        // the number modifies the name before it
        assertEquals(List.of(), added(new ParsedText().sentence(
                "Arlow/NNP Launches/VBZ Pulse/NN 5/CD/NUMBER/_/5.0 Phone/NN in/IN Europe/NNP/LOCATION",
                "nsubj(Launches, Arlow) ROOT(ROOT, Launches) compound(Phone, Pulse) nummod(Pulse, 5) obj(Launches, Phone)"
                        + " case(Europe, in) obl:in(Launches, Europe)")));
        // a name before the number, even with a plural noun after it
        assertEquals(List.of(), added(new ParsedText().sentence(
                "Then/RB Velmar/NNP 300/CD/NUMBER/_/300.0 Sales/NNS Slump/VBP",
                "advmod(Slump, Then) compound(Sales, Velmar) nummod(Sales, 300) nsubj(Slump, Sales) ROOT(ROOT, Slump)")));
        // a numbering word before the number
        assertEquals(List.of(), added(new ParsedText().sentence(
                "Dexon/NNP Unveils/VBZ Model/NNP 300/CD/NUMBER/_/300.0 Tractors/NNPS at/IN Show/NNP",
                "nsubj(Unveils, Dexon) ROOT(ROOT, Unveils) compound(Tractors, Model) nummod(Tractors, 300)"
                        + " obj(Unveils, Tractors) case(Show, at) obl:at(Unveils, Show)")));
    }

    @Test
    void inSentenceCaseTheNameRuleStands() {
        assertEquals(List.of(), added(new ParsedText().sentence(
                "The/DT council/NN approves/VBZ Phase/NNP 3/CD/NUMBER/_/3.0 homes/NNS ./.",
                "det(council, The) nsubj(approves, council) ROOT(ROOT, approves) compound(homes, Phase)"
                        + " nummod(homes, 3) obj(approves, homes)")));
    }

    @Test
    void aCountWithAModelNumberBetweenStopsAtTheCount() {
        List<FigureCandidate> added = added(new ParsedText().sentence(
                "Brightwell/NNP Motors/NNPS Recalls/VBZ 5000/CD/NUMBER/_/5000.0 Ranger/NNP 250/CD/NUMBER/_/250.0 Vans/NNPS",
                "compound(Motors, Brightwell) nsubj(Recalls, Motors) ROOT(ROOT, Recalls) nummod(Vans, 5000)"
                        + " compound(Vans, Ranger) nummod(Ranger, 250) obj(Recalls, Vans)"));
        assertEquals(1, added.size(), added.toString());
        assertEquals("5000", "Brightwell Motors Recalls 5000 Ranger 250 Vans".substring(added.get(0).start(),
                added.get(0).end()));
    }
}
