package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Newsgraph;
import org.newsgraph.article.ArticleProblem;
import org.newsgraph.testing.SampleProject;

/** The one reader of {@code _entities.yaml}: every entry it cannot apply is reported with its line and why. */
class CurationTest {

    private static final String ENTRIES = """
            Nordhav Energi:
              type: Organisation
            Lykke:
              not-an-entity: maybe
            Brightlane:
              aliases: [Brightlane Software]
            Brightlane:
              type: Organization
            Ledgerly:
              wikidata: javascript:alert(1)//www.wikidata.org/wiki/Q1
            Albion:
              wikidata: https://www.wikidata.org/wiki/Q42
            Kessler:
              merge-into: Kessler
            Aalund:
              not-an-entity: No
            """;

    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("articles").resolve(Curation.FILE_NAME);
        SampleProject.write(file, yaml);
        return file;
    }

    private static List<String> described(List<ArticleProblem> problems) {
        return problems.stream().map(p -> p.line() + ": " + p.message()).toList();
    }

    @Test
    void everyEntryThatCannotBeAppliedIsReportedWithItsLine() throws Exception {
        List<ArticleProblem> problems = new ArrayList<>();
        Curation curation = Curation.read(write(ENTRIES), problems);
        assertEquals(List.of(
                "2: 'Nordhav Energi': unknown entity type 'Organisation'; use Organization, Person, Place or Product",
                "4: 'Lykke': not-an-entity is true or false, not 'maybe'",
                "7: 'Brightlane' has an entry already, at line 5; this one is ignored",
                "10: 'Ledgerly': 'javascript:alert(1)//www.wikidata.org/wiki/Q1' is not a Wikidata id",
                "14: 'Kessler': merge-into needs the name of another entity"), described(problems));
        assertFalse(curation.forNames(List.of("Lykke")).orElseThrow().notAnEntity(), "'maybe' drops nothing");
        assertEquals(List.of("Brightlane Software"), curation.forNames(List.of("Brightlane")).orElseThrow().aliases(),
                "the first entry applies");
        assertNull(curation.forNames(List.of("Ledgerly")).orElseThrow().wikidata(), "no such IRI reaches the graph");
        assertEquals("http://www.wikidata.org/entity/Q42", curation.forNames(List.of("Albion")).orElseThrow().wikidata());
        assertNull(curation.forNames(List.of("Nordhav Energi")).orElseThrow().type());
        assertFalse(curation.forNames(List.of("Aalund")).orElseThrow().notAnEntity());
        assertNull(curation.forNames(List.of("Brightlane")).orElseThrow().type(), "the second entry is ignored");
    }

    @Test
    void checkReportsWhatTheBuildReports() throws Exception {
        Path file = write(ENTRIES);
        List<ArticleProblem> read = new ArrayList<>();
        Curation.read(file, read);
        List<ArticleProblem> checked = Newsgraph.check(file.getParent()).problems().stream()
                .filter(p -> p.file().equals(file)).toList();
        assertEquals(described(read), described(checked));
    }

    @Test
    void textThatIsNotUtf8IsAProblemNotAFailedBuild() throws Exception {
        Path file = write("");
        Files.write(file, new byte[] {'A', ':', '\n', ' ', ' ', 't', 'y', 'p', 'e', ':', ' ', (byte) 0xff, '\n'});
        List<ArticleProblem> problems = new ArrayList<>();
        Curation.read(file, problems);
        assertEquals(List.of("0: cannot be read as UTF-8 text"), described(problems));
    }
}
