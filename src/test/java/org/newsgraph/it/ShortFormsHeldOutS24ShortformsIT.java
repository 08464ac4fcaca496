package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;

/**
 * The {@code shortForms} pairs of the held-out sets' gold ([short form, full name] the article writes): a pair is joined
 * when the entity found for the full name has the short form as its name or an alias and no other entity has it (the
 * way session 21's script scored them). Sets s21-names, s22-names and s23-names B were scored by their sessions' own
 * scripts; s24-shortforms B ({@code probes-s24-shortforms/B}, held out: a cold-store operator buying a dairy, a robot
 * maker buying its camera supplier) was written for this. Floors at what session 24 measured at its end, not quality
 * claims.
 */
class ShortFormsHeldOutS24ShortformsIT {

    private static final Path SETS = Path.of("src/test/resources/eval");

    @ParameterizedTest(name = "{0}: at least {1} of {2} short forms joined")
    @CsvSource({"probes-s21-names/B, 11, 14", "probes-s22-names/B, 6, 6", "probes-s23-names/B, 6, 6",
            // s24-shortforms B raised by s28-names (7 -> 8: "TVD", an untagged acronym, UntaggedAcronyms); s28-names B
            // (held out: a regional takeover, a council vote on a club's stand), main's code and after
            // s28-names B raised by s30-names (13 -> 14: "SSFT" after "the Scottish/O Sports Facilities Trust",
            // DemonymLedBodies)
            "probes-s24-shortforms/B, 8, 9", "probes-s28-names/B, 14, 16",
            // s29-names B (held out: a biscuit maker's purchase of a maltings, a drone maker's launch), main's code and
            // after
            "probes-s29-names/B, 6, 9",
            // s30-names B (held out: a freight regulator's ruling), main's code and after
            "probes-s30-names/B, 1, 2"})
    void theShortFormsOfTheSetStayJoined(String set, int joined, int pairs) throws Exception {
        Extractor extractor = new Extractor();
        int total = 0;
        int right = 0;
        List<String> missed = new ArrayList<>();
        for (Path file : GoldFile.listIn(SETS.resolve(set).resolve("gold"))) {
            JsonNode gold = new ObjectMapper().readTree(file.toFile());
            Extraction extraction = extractor.extract(GoldFile.readArticle(
                    SETS.resolve(set).resolve("articles").resolve(gold.path("article").asText())));
            for (JsonNode pair : gold.path("shortForms")) {
                String shortForm = pair.path(0).asText();
                String full = pair.path(1).asText();
                total++;
                Entity entity = extraction.entities().stream().filter(e -> named(e, full)).findFirst().orElse(null);
                boolean alone = extraction.entities().stream().noneMatch(e -> e != entity && named(e, shortForm));
                if (entity != null && named(entity, shortForm) && alone) {
                    right++;
                } else {
                    missed.add(shortForm + " -> " + full + " (" + file.getFileName() + ")");
                }
            }
        }
        assertTrue(total == pairs && right >= joined, set + ": " + right + " of " + total + " joined; missed " + missed);
    }

    private static boolean named(Entity entity, String name) {
        return same(entity.name(), name) || entity.aliases().stream().anyMatch(a -> same(a, name));
    }

    private static boolean same(String a, String b) {
        return a.replaceFirst("^[Tt]he ", "").equals(b.replaceFirst("^[Tt]he ", ""));
    }
}
