package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Gazetteer;
import org.newsgraph.extract.relation.RuleFile;
import org.newsgraph.nlp.NlpPipeline;

/**
 * The entity probe tables, through the real pipeline: {@code entity-probes.txt} (made-up news sentences with people:
 * particles, hyphens, family names first, a surname alone later; products: model codes, lines, drugs, software; and
 * places beside organisations: seats of government, indices) and {@code entity-heldout.txt} (session 14's held-out
 * sentences from sport, courts, politics, health, culture and business, written before that session's changes and
 * not tuned on; a regression guard from then on) and {@code entity-heldout-s15.txt} (session 15's held-out set: farming,
 * religion, defence, property, energy, transport, media; titles, "of" names, acronyms, rounds and mergers) and
 * {@code entity-heldout-s16.txt} (session 16's: sport, councils, hospitals, studios, labels, a trade word before a name) and {@code entity-heldout-s16-lexicon.txt} (session 16's second: products and
 * organisations known by a common noun no hand list held) and {@code entity-heldout-s17-names.txt} (session 17's: a trade
 * word glued before a name, "St X's" names, orchestras, galleries, theatres, villages opened by Little/Great/Upper). Each line must give every entity it names with its type (by the
 * entity's name, an alias or a mention's words) and no entity it writes as "not NAME".
 */
class EntityProbesIT {

    private static final List<String> TABLES = List.of("/org/newsgraph/extract/entity-probes.txt",
            "/org/newsgraph/extract/entity-heldout.txt", "/org/newsgraph/extract/entity-heldout-s15.txt",
            "/org/newsgraph/extract/entity-heldout-s15b.txt",
            "/org/newsgraph/extract/entity-heldout-s16.txt",
            "/org/newsgraph/extract/entity-heldout-s16-lexicon.txt",
            "/org/newsgraph/extract/entity-heldout-s17-names.txt",
            // s22-brands: held-out set B, a product named with its maker's name in front
            "/eval/probes-s22-brands/entity-probes.txt");

    /** One line of a table: the table, the line's number, its text and what it must give. */
    private record Probe(String table, int line, String text, List<String> expected) {
    }

    @TestFactory
    Stream<DynamicTest> everyProbeGivesItsEntities() throws IOException {
        Extractor extractor = new Extractor(NlpPipeline::shared, Gazetteer.bundled(), RuleFile.bundled());
        List<Probe> probes = new ArrayList<>();
        for (String table : TABLES) {
            probes.addAll(probes(table));
        }
        return probes.stream().map(probe -> DynamicTest.dynamicTest(probe.table().substring(probe.table().lastIndexOf('/') + 1)
                + " line " + probe.line() + ": " + probe.text(),
                () -> check(probe, extractor.extract("probe", probe.text(), null).entities())));
    }

    private static void check(Probe probe, List<Entity> entities) {
        String where = probe.table() + " line " + probe.line() + " '" + probe.text() + "': expected ";
        String found = ", found " + entities.stream().map(e -> e.name() + "/" + e.type()).toList();
        for (String want : probe.expected()) {
            if (want.startsWith("not ")) {
                String refused = want.substring(4).strip();
                assertTrue(entities.stream().noneMatch(e -> e.name().equals(refused)), where + "no " + refused + found);
            } else {
                String[] parts = want.split(" \\| ");
                EntityType type = EntityType.valueOf(parts[1].strip().toUpperCase(Locale.ROOT));
                assertTrue(entities.stream().anyMatch(e -> e.type() == type && named(e, parts[0].strip())),
                        where + want + found);
            }
        }
    }

    /** A table's lines with " => ", skipping blank lines and comments. */
    private static List<Probe> probes(String table) throws IOException {
        List<Probe> probes = new ArrayList<>();
        List<String> lines = lines(table);
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int arrow = line.lastIndexOf(" => ");
            if (arrow < 0) {
                throw new IllegalStateException(table + " line " + (k + 1) + ": no ' => '");
            }
            probes.add(new Probe(table, k + 1, line.substring(0, arrow).strip(),
                    Arrays.stream(line.substring(arrow + 4).split(" ; ")).map(String::strip).toList()));
        }
        return probes;
    }

    private static boolean named(Entity entity, String name) {
        return entity.name().equals(name) || entity.aliases().contains(name)
                || entity.mentions().stream().anyMatch(m -> m.text().equals(name));
    }

    private static List<String> lines(String table) throws IOException {
        try (InputStream in = EntityProbesIT.class.getResourceAsStream(table)) {
            if (in == null) {
                throw new IllegalStateException("missing " + table);
            }
            return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        }
    }
}
