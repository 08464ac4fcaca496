package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.Halves.Half;

class HalvesTest {

    @Test
    void ranksAlternateBetweenTheHalves(@TempDir Path dev) throws Exception {
        for (String name : new String[] {"300_c.json", "100_a.json", "200_b.json"}) {
            Files.writeString(dev.resolve(name), "{}");
        }
        assertTrue(Halves.meantimeHolds(Half.TUNING, dev, "100_a.gold.json"));
        assertTrue(Halves.meantimeHolds(Half.REPORTED, dev, "200_b.txt"));
        assertTrue(Halves.meantimeHolds(Half.TUNING, dev, "300_c.json"));
        assertFalse(Halves.meantimeHolds(Half.REPORTED, dev, "300_c.json"));
        assertTrue(Halves.meantimeHolds(Half.ALL, dev, "300_c.json"));
    }

    @Test
    void eachHalfAlternatesBetweenTwoFolds(@TempDir Path dev) throws Exception {
        for (int rank = 0; rank < 8; rank++) {
            Files.writeString(dev.resolve((100 + rank) + "_x.json"), "{}");
        }
        // tuning ranks 0, 2, 4, 6 -> a, b, a, b; reported ranks 1, 3, 5, 7 -> a, b, a, b
        String[] expected = {"a", "a", "b", "b", "a", "a", "b", "b"};
        for (int rank = 0; rank < 8; rank++) {
            assertEquals(expected[rank], Halves.meantimeFold(dev, (100 + rank) + "_x.gold.json").toString(),
                    "rank " + rank);
        }
        assertEquals(Halves.Fold.A, Halves.Fold.ofIndex(4));
        assertEquals(Halves.Fold.B, Halves.Fold.ofIndex(7));
    }

    @Test
    void goldFilesOfBothFoldersAreSplitByTheirArticlesRank(@TempDir Path dir) throws Exception {
        Path dev = Files.createDirectories(dir.resolve("dev"));
        Path shared = Files.createDirectories(dir.resolve("shared-gold"));
        Path ours = Files.createDirectories(dir.resolve("our-gold"));
        for (String name : new String[] {"1_a.json", "2_b.json", "3_c.json", "4_d.json"}) {
            Files.writeString(dev.resolve(name), "{}");
        }
        Files.writeString(shared.resolve("1_a.gold.json"), "{}");
        Files.writeString(shared.resolve("2_b.gold.json"), "{}");
        Files.writeString(ours.resolve("3_c.gold.json"), "{}");
        Files.writeString(ours.resolve("4_d.gold.json"), "{}");
        assertEquals(java.util.List.of("1_a.gold.json", "3_c.gold.json"),
                Halves.meantimeGold(Half.TUNING, dev, java.util.List.of(shared, ours, dir.resolve("missing")))
                        .stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(4, Halves.meantimeGold(Half.ALL, dev, java.util.List.of(shared, ours)).size());
    }

    @Test
    void kpiEdgarKeepsItsOwnTestSplitForReporting() {
        assertTrue(Half.REPORTED.holdsKpiSplit("test"));
        assertFalse(Half.TUNING.holdsKpiSplit("test"));
        assertTrue(Half.TUNING.holdsKpiSplit("valid"));
        assertEquals(Half.REPORTED, Half.parse(" reported "));
    }
}
