package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.Newsgraph;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.eval.AttributionEvaluation;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.LearnedSubjects;
import org.newsgraph.extract.SubjectCases;

/**
 * Held-out subject sets (two made-up articles each, figure gold written before any extractor read them): floors at
 * what their session measured, the subjects of the found figures as {@code eval --figures} scores them, for the
 * default extractor and for the learned promotion of subjects asked for ({@code Extractor.withLearnedSubjects}; off in
 * the product since session 21, when on MEANTIME's reported half it asserted 15 wrong subjects for 16 right).
 * <ul>
 *   <li>session 21, s21-promote ({@code probes-s21-promote/B}: a deal story and a local transport story): before the
 *   learned promotion (main 563d163c) asserted right 10 of 26, with candidates 19, wrong asserted 0 of 29 found; with
 *   the promotion asserted right 12, with candidates 19, wrong 0.</li>
 *   <li>session 22, s22-subjects ({@code probes-s22-subjects/B}: a storm story of general news and an aerospace story
 *   of products and their makers): on main 304d71c6 asserted right 14 of 31, with candidates 21, wrong asserted 4 of
 *   36 found; after the session's changes 15, 24 and 4 (all four product-versus-maker in sure steps: a possessor that
 *   is the product's maker, "Corvin's Mistral 7 business jet ... has won only nine orders"; a named product noun's
 *   maker; a relative clause's "it"); with the promotion asserted right 20, with candidates 24, wrong 4.</li>
 *   <li>session 23, s23-subjects ({@code probes-s23-subjects/B}: an e-bike launch with a maker, two models, a battery
 *   supplier, an analyst's bank and a retailer; an earnings story with two product lines, a contract maker and a
 *   rival), scored with the strict subject match of session 23 (a maker's name is not right for its product's gold):
 *   on main 42aa414d asserted right 5 of 34, with candidates 20, wrong asserted 3 of 35 found (loose match: 6, 22,
 *   2); after the session's changes the same (the product-maker fence did not fire: "its Aria folding e-bike" names a
 *   model the entity reader typed an organisation, and "e-bike" is no product noun of {@code model-nouns.txt}).</li>
 *   <li>session 24, s24-subjects ({@code probes-s24-subjects/B}: a snack maker's half-year results with its
 *   packaging supplier, an analyst's firm and a supermarket chain; an airline's traffic with its lessor, its home
 *   airport and an analyst's bank; "its" and "the company" across sentences): on main ab7e5069 asserted right 16 of
 *   34, with candidates 31, wrong asserted 0 of 34 found; after the session's changes the same (a gate proposing likely
 *   coreference resolutions made it 15, and was reverted on the merge). Session 34's merge made it 15: "Air" now ends an
 *   airline's name ({@code coref/name-trade-words.tsv}, so that "Brompton Air dropped its codeshare with Kellet
 *   Airways. The carrier ..." is a tie the previous subject decides instead of a wrong Kellet Airways), and "the
 *   airline" after "Solvang Air" is then found by its name's trade ("described", a group that proposes) rather than as
 *   the previous subject: the same right answer, proposed; floor 16 -> 15 (with candidates and wrong unchanged).</li>
 *   <li>session 27, s27-subjects ({@code probes-s27-subjects/B}: a European market close with three indexes, a
 *   chemicals maker's profit warning and stock move, a rival and an insurer in clauses of their own, a fund manager's
 *   firm, the euro and Brent; a local paper's story of a football club's accounts with its shirt sponsor and the city
 *   council that owns its stadium): on main 7ef816b9 asserted right 11 of 34, with candidates 27, wrong asserted 0 of
 *   37 found. Session 28 (s28-subjects) made it 13: "Germany's DAX index lost 1.2%" and its "18,954 points", an index
 *   noun named by its index, are no longer refused as an acting modifier of "lost" ({@code FigureContext.namedIndex})
 *   and assert as the index's own move (the s27 report had listed them as proposals); floor raised 11 -> 13.</li>
 *   <li>session 28, s28-subjects ({@code probes-s28-subjects/B}: a national statistics release with the finance
 *   minister's age and pay, an exporter and an analysts' firm; a lithium miner's production update with its
 *   joint-venture partner's stake and plant, its largest customer's offtake and sales, and its stock move): on main
 *   4e660bbd asserted right 9 of 29, with candidates 20, wrong asserted 0 of 29 found; after the session's changes the
 *   same (the set has no index move; its country figures are proposed by the place group).</li>
 *   <li>session 29, s29-subjects ({@code probes-s29-subjects/B}: a furniture retailer's trading update with a rival
 *   in a relative clause, a supplier in an apposition and the chief executive's age and bonus; a city council's
 *   budget with a minister and a contractor quoted): on main 39291614 asserted right 13 of 33 figures with a gold
 *   subject, with candidates 26, wrong asserted 0 of 36 found; after the session's changes (a person's own age or
 *   tenure) the same, line for line (the set's one age is an apposition, answered before).</li>
 *   <li>session 30, s30-subjects ({@code probes-s30-subjects/B}: an Asian market round-up naming four indices by
 *   their usual names, a chipmaker in a relative clause under an index move and a miner in an apposition, a founder's
 *   death "aged 88" and his "25 years at the helm", a country's output): on main 8881bb0c asserted right 9 of 17
 *   found, with candidates 12, wrong asserted 2 of 17 (the index name "S&P/ASX 200" cut to "S&P/ASX"); after the
 *   session's changes (the world's major indices named wherever they occur, "died aged N", "spent N years at")
 *   asserted right 14, with candidates 16, wrong asserted 0. One proposal moved from right to wrong: a figure the
 *   chipmaker "said" is now proposed for the index named before it in the sentence (step speaker), an index now being
 *   an organisation of the sentence.</li>
 *   <li>session 37, s37-subjects ({@code probes-s37-subjects/B}: 34 made-up news briefs, one short passage each,
 *   built so that the small subject groups' structures occur: results with no subject in the sentence after the one
 *   naming the company, "its", "it", "the company" there, "X, whose sales rose 11%", rivals compared in one sentence,
 *   a relative clause's own figures, open and complement clauses): on main 552fa171 asserted right 19 of 65 found,
 *   with candidates 57, wrong asserted 0; the same after the session's changes. Its groups' sentences are evidence
 *   ({@code subject-heldout-evidence.tsv}), recounted by {@link #theHeldOutEvidenceHoldsTheseCounts}.</li>
 *   <li>session 38, s38-subjects ({@code probes-s38-subjects/B}: 28 made-up news briefs, one short passage each:
 *   results in the sentence after the one naming the company, a division's or a product's own figures beside the
 *   company's, rivals compared in one sentence or the next, "it", "the company", "the council" in the next sentence):
 *   on main 4f317fef asserted right 25 of 61 found, with candidates 53, wrong asserted 0; after the session's fences
 *   (a named product's or line's results, FigureContext.notALinesOwn) 25, 55, 0 ("Sales of its migraine drug Calmira
 *   rose 27% to $1.3 billion" proposes Calmira instead of the company). Counted in {@code
 *   subject-heldout-evidence.tsv}. The same session's object's-"its" binding (FigureContext.boundBy) took s22 B's
 *   wrong asserted 2 -> 1 ("Aldane's engine supplier, Haldor Propulsion, said its Kestrel engine ... had logged 1.2
 *   million flight hours" proposes the Kestrel; with candidates 27 -> 28), for the learned promotion too; floors of
 *   wrong asserted lowered to 1.</li>
 *   <li>session 39, s39-subjects ({@code probes-s39-subjects/B}, {@code B2}, {@code B3}, {@code B4}: 33, 26, 16 and
 *   16 made-up briefs, each written and its gold fixed after the one before was scored: product launches, reviews
 *   and recalls with the product's measurements, price and sales; results of firms of many trades in the sentence
 *   after the one naming them; rivals, "whose", "it"). Scored before the table change (main's answers: the product
 *   group, split out of candidate-step, proposed): B asserted right 11 of 59 found, with candidates 33, wrong 0; B2
 *   10 of 50, 28, 0; B3 4 of 30, 20, 0; B4 6 of 30, 12, 1 (near-sole: "Halberd Commercial's Kestrel E van has won
 *   4,200 orders" credits the maker, the model name untyped; left, as no code is changed for these sets). Their
 *   sentences flip product and implicit-result to asserting (subject-heldout-evidence.tsv); with them s38 B's
 *   known implicit-result wrong ("Sales of the Pipkin doll range doubled to £64 million", credited to the company) is
 *   now asserted: its floor of wrong asserted is raised 0 -> 1, on purpose. Floors after the session's change are
 *   the measured ones below.</li>
 * </ul>
 * Session 23 made the subject match strict for every set and measured the earlier sets again with it: s21 B asserted
 * right 11, with candidates 20, wrong 0 (learned 13, 20, 0); s22 B 15, 24, 4 (learned 20, 24, 4): the floors hold.
 * Wrong asserted is held to at most what was measured. Session 37 (s37-subjects2): the product-maker fence (a maker
 * reached through its product on the climb, FigureContext.notTheMakers) took s22 B's wrong asserted 4 -> 2 ("Corvin's
 * Mistral 7 ... nine orders" and its "$18 million" propose the Mistral 7; with candidates 24 -> 27) and s23 B's 3 -> 1
 * ("its Aria folding e-bike ..., cutting the price to 1,890 euros": the maker proposed, group product-maker); the
 * learned promotion's s22 likewise 4 -> 2. Floors of wrong asserted lowered to these.
 */
class HeldOutSubjectSetsIT {

    private static final Path SETS = Path.of("src/test/resources/eval");
    /** Groups that propose by construction: their held-out sentences are no evidence and are not listed. */
    private static final Set<String> BY_CONSTRUCTION = Set.of("candidate-step", "refused", "place", "product-maker",
            "speaker-employer", "null");

    @ParameterizedTest(name = "set {0}: asserted right >= {1}, with candidates >= {2}, wrong asserted <= {3}")
    @CsvSource({"probes-s21-promote/B, 10, 19, 0", "probes-s22-subjects/B, 15, 24, 1",
            "probes-s23-subjects/B, 5, 20, 1", "probes-s24-subjects/B, 15, 31, 0",
            "probes-s27-subjects/B, 13, 27, 0", "probes-s28-subjects/B, 9, 20, 0",
            "probes-s29-subjects/B, 13, 26, 0", "probes-s30-subjects/B, 14, 16, 0",
            "probes-s37-subjects/B, 19, 57, 0", "probes-s37-subjects/B2, 15, 44, 0",
            "probes-s38-subjects/B, 25, 55, 1", "probes-s39-subjects/B, 26, 33, 0",
            "probes-s39-subjects/B2, 20, 28, 0", "probes-s39-subjects/B3, 20, 20, 0",
            "probes-s39-subjects/B4, 9, 12, 1"})
    void subjectsKeepTheirMeasuredFloors(String set, int asserted, int withCandidates, int wrong) throws Exception {
        check(set, new Newsgraph(), asserted, withCandidates, wrong);
    }

    @ParameterizedTest(name = "set {0}, learned promotion: asserted right >= {1}, with candidates >= {2}, wrong <= {3}")
    @CsvSource({"probes-s21-promote/B, 12, 19, 0", "probes-s22-subjects/B, 20, 24, 1"})
    void theLearnedPromotionKeepsItsMeasuredFloors(String set, int asserted, int withCandidates, int wrong)
            throws Exception {
        check(set, new Newsgraph(new Extractor().withLearnedSubjects(LearnedSubjects.bundled())), asserted,
                withCandidates, wrong);
    }

    /**
     * Every set of {@code subject-heldout-evidence.tsv}: its groups' sentences, counted as {@code eval --figures}
     * counts the tuning half's (a sentence right only when all the group's answers in it are right), are the table's;
     * a group that answered here is listed unless it proposes by construction.
     */
    @Test
    void theHeldOutEvidenceHoldsTheseCounts() throws Exception {
        SubjectCases cases = SubjectCases.bundled();
        Set<String> sets = new TreeSet<>();
        cases.heldOut().bySet().values().forEach(bySet -> sets.addAll(bySet.keySet()));
        List<String> stale = new ArrayList<>();
        for (String set : sets) {
            Map<String, Map<String, Boolean>> sentences = new TreeMap<>();
            for (String answer : score(SETS.resolve(set), new Newsgraph()).caseAnswers()) {
                // article <TAB> case <TAB> right|wrong <TAB> sentence N
                String[] parts = answer.split("\t");
                String group = String.valueOf(cases.group(parts[1]));
                sentences.computeIfAbsent(group, g -> new TreeMap<>())
                        .merge(parts[0] + "\t" + parts[3], parts[2].equals("right"), Boolean::logicalAnd);
            }
            Set<String> groups = new TreeSet<>(sentences.keySet());
            cases.heldOut().bySet().forEach((group, bySet) -> {
                if (bySet.containsKey(set)) {
                    groups.add(group);
                }
            });
            for (String group : groups) {
                Map<String, Boolean> counted = sentences.getOrDefault(group, Map.of());
                SubjectCases.Count here = new SubjectCases.Count(
                        (int) counted.values().stream().filter(b -> b).count(), counted.size());
                SubjectCases.Count table = cases.heldOut().bySet().getOrDefault(group, Map.of()).get(set);
                System.out.println("[held-out subject groups] " + set + " " + group + " " + here + " (table "
                        + table + ")");
                if (table == null ? !BY_CONSTRUCTION.contains(group) : !table.equals(here)) {
                    stale.add(set + " " + group + ": " + table + " in the table, " + here + " here");
                }
            }
        }
        assertEquals(List.of(), stale, "subject-heldout-evidence.tsv does not hold these counts");
    }

    private static void check(String set, Newsgraph newsgraph, int asserted, int withCandidates, int wrong)
            throws Exception {
        AttributionEvaluation.Result total = score(SETS.resolve(set), newsgraph);
        String summary = set + ": asserted " + total.subject() + ", with candidates " + total.subjectOrCandidate()
                + ", wrong asserted " + total.wrongSubject() + "; " + total.errors();
        System.out.println("[held-out subjects] " + summary);
        assertTrue(total.subject().correct() >= asserted, summary);
        assertTrue(total.subjectOrCandidate().correct() >= withCandidates, summary);
        assertTrue(total.wrongSubject().correct() <= wrong, summary);
    }

    private static AttributionEvaluation.Result score(Path set, Newsgraph newsgraph) throws Exception {
        List<ArticleProblem> problems = new ArrayList<>();
        List<Article> articles = Newsgraph.readAll(set.resolve("articles"), problems);
        assertEquals(List.of(), problems);
        List<Path> goldFiles = GoldFile.listIn(set.resolve("gold"));
        // every article of a set has its gold (sets of sessions 21-29 hold two articles, session 30's one)
        assertEquals(articles.size(), goldFiles.size());
        assertTrue(!goldFiles.isEmpty(), set + ": no gold");
        AttributionEvaluation.Result total = AttributionEvaluation.Result.EMPTY;
        for (Path file : goldFiles) {
            GoldFile gold = GoldFile.read(file);
            Article article = articles.stream().filter(a -> a.file().getFileName().toString().equals(gold.article()))
                    .findFirst().orElseThrow(() -> new AssertionError("no article for " + file));
            total = total.plus(new AttributionEvaluation().score(article.text(), newsgraph.extract(article), gold));
        }
        return total;
    }
}
