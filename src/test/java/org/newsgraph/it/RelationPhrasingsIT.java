package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.Relation;
import org.newsgraph.extract.relation.RuleFile;
import org.newsgraph.nlp.NlpPipeline;

/**
 * The phrasing tables ({@code phrasings.txt}, and {@code heldout-s14.txt}, {@code product-heldout.txt},
 * {@code heldout-s15.txt}, {@code product-heldout-s15.txt}, {@code heldout-s16.txt}, {@code product-heldout-s16.txt} and
 * {@code product-heldout-s16-lexicon.txt}, and session 17's {@code product-heldout-s17-products.txt} and
 * {@code heldout-s17-relations.txt}:
 * held-out sentences of sessions 14 to 16, written before that session's changes and kept since as a regression guard):
 * ordinary business-news phrasings of every relation class, in made-up sentences, through the real pipeline with every bundled rule (unlike
 * {@link RelationRulesIT}, which runs each rule alone on its own examples). Each line must give every relation it
 * names (marked weak where the table writes " ?" after it), none it writes as "not S | P | O", or none of the
 * predicate it refuses ("no P").
 */
class RelationPhrasingsIT {

    /** The phrasing table, then the held-out sets of sessions 14 to 16 (written before that session's changes). */
    private static final List<String> TABLES = List.of("/org/newsgraph/extract/relation/phrasings.txt",
            "/org/newsgraph/extract/relation/heldout-s14.txt",
            "/org/newsgraph/extract/relation/product-heldout.txt",
            "/org/newsgraph/extract/relation/heldout-s15.txt",
            "/org/newsgraph/extract/relation/product-heldout-s15.txt",
            "/org/newsgraph/extract/relation/heldout-s16.txt",
            "/org/newsgraph/extract/relation/product-heldout-s16.txt",
            "/org/newsgraph/extract/relation/product-heldout-s16-lexicon.txt",
            // session 17, products
            "/org/newsgraph/extract/relation/product-heldout-s17-products.txt",
            // session 17, task relations: held-out set written before that task's changes
            "/org/newsgraph/extract/relation/heldout-s17-relations.txt",
            // s22-brands: held-out set B, a product named with its maker's name in front (alone:
            // -Dnewsgraph.it.tables=relation-phrasings.txt)
            "/eval/probes-s22-brands/relation-phrasings.txt");
    private static final List<String> SYMMETRIC = List.of("competitorOf", "partnerOf");

    @TestFactory
    Stream<DynamicTest> everyPhrasingGivesItsRelations() throws IOException {
        Extractor extractor = new Extractor(NlpPipeline::shared, Gazetteer.bundled(), RuleFile.bundled());
        List<DynamicTest> tests = new ArrayList<>();
        // -Dnewsgraph.it.tables=heldout-s16.txt,product-heldout-s16.txt: only the tables named (a held-out set alone,
        // quickly; -Dnewsgraph.it.relationTable=NAME is the same for one table)
        List<String> only = Arrays.stream(System.getProperty("newsgraph.it.tables",
                        System.getProperty("newsgraph.it.relationTable", "")).split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).toList();
        for (String table : TABLES) {
            if (!only.isEmpty() && !only.contains(table.substring(table.lastIndexOf('/') + 1))) {
                continue;
            }
            addTests(extractor, table, tests);
        }
        return tests.stream();
    }

    private static void addTests(Extractor extractor, String table, List<DynamicTest> tests) throws IOException {
        String name = table.substring(table.lastIndexOf('/') + 1);
        int number = 0;
        for (String line : lines(table)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int arrow = line.lastIndexOf(" => ");
            if (arrow < 0) {
                throw new IllegalStateException(table + " line " + number + ": no ' => '");
            }
            String text = line.substring(0, arrow).strip();
            String expected = line.substring(arrow + 4).strip();
            int at = number;
            tests.add(DynamicTest.dynamicTest(name + " line " + at + ": " + text, () -> {
                Extraction extraction = extractor.extract("phrasing", text, null);
                List<String> found = extraction.relations().stream().map(r -> describe(extraction, r)).toList();
                if (expected.startsWith("no ")) {
                    String predicate = expected.substring(3).strip();
                    List<String> wrong = found.stream().filter(f -> f.split(" \\| ")[1].split(":")[0].equals(predicate))
                            .toList();
                    assertTrue(wrong.isEmpty(), "line " + at + " '" + text + "': expected no " + predicate
                            + ", found " + wrong);
                    return;
                }
                List<String> weak = extraction.relations().stream().filter(Relation::weak)
                        .map(r -> describe(extraction, r)).toList();
                String entities = "; entities " + extraction.entities().stream().map(e -> e.name() + "/" + e.type())
                        .toList();
                for (String one : expected.split(" ; ")) {
                    String want = one.strip();
                    if (want.startsWith("not ")) {
                        String refused = want.substring(4).strip();
                        assertTrue(!found.contains(refused) && !found.contains(swapped(refused)), "line " + at + " '"
                                + text + "': expected no " + refused + ", found " + found + entities);
                        continue;
                    }
                    boolean mustBeWeak = want.endsWith(" ?");
                    String relation = mustBeWeak ? want.substring(0, want.length() - 2).strip() : want;
                    List<String> among = mustBeWeak ? weak : found;
                    assertTrue(among.contains(relation) || among.contains(swapped(relation)), "line " + at + " '"
                            + text + "': expected " + want + ", found " + found + " (weak: " + weak + ")" + entities);
                }
            }));
        }
    }

    private static List<String> lines(String table) throws IOException {
        try (InputStream in = RelationPhrasingsIT.class.getResourceAsStream(table)) {
            if (in == null) {
                throw new IllegalStateException("missing " + table);
            }
            return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        }
    }

    /** "A | competitorOf | B" as "B | competitorOf | A"; other predicates keep their direction. */
    private static String swapped(String relation) {
        String[] parts = relation.split(" \\| ");
        return parts.length == 3 && SYMMETRIC.contains(parts[1]) ? parts[2] + " | " + parts[1] + " | " + parts[0]
                : relation;
    }

    private static String describe(Extraction extraction, Relation relation) {
        String predicate = relation.role() == null ? relation.predicate()
                : relation.predicate() + ":" + relation.role();
        return extraction.nameOf(relation.subject()) + " | " + predicate + " | " + extraction.nameOf(relation.object());
    }
}
