package org.newsgraph.extract.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.testing.ParsedText;

/**
 * Session 30: the headline's verb before a count, known by the parse where the tagger missed it
 * ({@link HeadlineCounts}): the counted noun is the word's object with a subject before it ("Farmers Lose 40,000
 * Sheep"), the verb inside the company's name before it ("Dalby Trucks Recalls 3,000 Lorries"), a bare verb after
 * its plural subject ("Floods Force 2,000 Residents"), a particle between ("Winds Bring Down 200 Trees"). The tags
 * and dependencies are CoreNLP's own for these made-up headlines (set A,
 * /work/notes/s30/figures-A-headlines-parse.txt); the refusals keep the number of a name first in the headline or
 * after another count.
 */
class HeadlineVerbsS30FiguresTest {

    @Test
    void theCountedNounIsTheObjectOfAWordTaggedAName() {
        HeadlineCountsS29FiguresTest.assertCount(new ParsedText().sentence(
                "Farmers/NNP Lose/NNP 40,000/CD/NUMBER/_/40000.0 Sheep/NNP in/IN Late/NNP Snow/NNP",
                "compound(Lose, Farmers) ROOT(ROOT, Lose) nummod(Sheep, 40,000) dep(Lose, Sheep) case(Snow, in)"
                        + " compound(Snow, Late) nmod:in(Sheep, Snow)"), "40,000 Sheep", "40000", "sheep");
    }

    @Test
    void aVerbInsideTheCompanysName() {
        HeadlineCountsS29FiguresTest.assertCount(new ParsedText().sentence(
                "Dalby/NNP/ORGANIZATION Trucks/NNPS/ORGANIZATION Recalls/NNPS/ORGANIZATION 3,000/CD/NUMBER/_/3000.0"
                        + " Hauler/NN 400/CD/NUMBER/_/400.0 Lorries/NNS",
                "compound(Recalls, Dalby) compound(Recalls, Trucks) ROOT(ROOT, Recalls) nummod(Lorries, 3,000)"
                        + " compound(Lorries, Hauler) nummod(Hauler, 400) dep(Recalls, Lorries)"), "3,000", "3000",
                "lorry");
    }

    @Test
    void aBareVerbAfterItsPluralSubject() {
        HeadlineCountsS29FiguresTest.assertCount(new ParsedText().sentence(
                "Floods/NNP Force/NNP 2,000/CD/NUMBER/_/2000.0 Residents/NNS From/IN Their/PRP$ Homes/NNPS",
                "compound(Force, Floods) compound(Residents, Force) nummod(Residents, 2,000) ROOT(ROOT, Residents)"
                        + " case(Homes, From) nmod:poss(Homes, Their) nmod:from(Residents, Homes)"),
                "2,000 Residents", "2000", "resident");
    }

    @Test
    void aParticleBetweenTheVerbAndTheCount() {
        HeadlineCountsS29FiguresTest.assertCount(new ParsedText().sentence(
                "Winds/NNS Bring/VBP Down/RB 200/CD/NUMBER/_/200.0 Trees/NNS Across/IN Devon/NNP/LOCATION",
                "nsubj(Bring, Winds) ROOT(ROOT, Bring) advmod(Bring, Down) nummod(Trees, 200) obj(Bring, Trees)"
                        + " case(Devon, Across) nmod:across(Trees, Devon)"), "200 Trees", "200", "tree");
    }

    @Test
    void aNameFirstInTheHeadlineKeepsItsNumber() {
        // the plural noun after the number hangs on the name, but no subject stands before it: a model name
        assertEquals(List.of(), NerFiguresTest.added(new ParsedText().sentence(
                "Corlan/NNP 400/CD/NUMBER/_/400.0 Buyers/NNS Wait/VBP",
                "ROOT(ROOT, Corlan) nummod(Buyers, 400) dep(Corlan, Buyers) nsubj(Wait, Buyers)")));
        // a plural noun before a word that hangs on another noun is a name's: "Sports Car 300 Owners Club"
        assertEquals(List.of(), NerFiguresTest.added(new ParsedText().sentence(
                "Sports/NNP Car/NNP 300/CD/NUMBER/_/300.0 Owners/NNPS Club/NNP",
                "compound(Car, Sports) compound(Club, Car) nummod(Owners, 300) compound(Club, Owners) ROOT(ROOT, Club)")));
        // a model name after another count governs the noun, but is no root: CoreNLP's parse of session 29's set-B
        // headline (/work/notes/s30/figures-s29B-brightwell-parse.txt); "250 Vans" was read before the root condition
        assertEquals(List.of(), NerFiguresTest.added(new ParsedText().sentence(
                "Brightwell/NNP/ORGANIZATION Motors/NNPS/ORGANIZATION Recalls/VBZ 5,000/CD/NUMBER/_/5000.0 Ranger/NN"
                        + " 250/CD/NUMBER/_/250.0 Vans/NNS",
                "compound(Motors, Brightwell) nsubj(Recalls, Motors) ROOT(ROOT, Recalls) nummod(Ranger, 5,000)"
                        + " iobj(Recalls, Ranger) nummod(Vans, 250) dep(Ranger, Vans)")));
        // a name's word without -s inside the company's name is no verb
        assertEquals(List.of(), NerFiguresTest.added(new ParsedText().sentence(
                "Kestrel/NNP/ORGANIZATION Air/NNP/ORGANIZATION 300/CD/NUMBER/_/300.0 Pilots/NNS Strike/VBP",
                "compound(Air, Kestrel) ROOT(ROOT, Air) nummod(Pilots, 300) dep(Air, Pilots) nsubj(Strike, Pilots)")));
    }
}
