package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldFileTest {

    @Test
    void aFolderListsOnlyItsGoldFilesInNameOrder(@TempDir Path folder) throws IOException {
        for (String name : List.of("b.gold.json", "notes.txt", "a.gold.json", "c.json", "a.gold.json.bak")) {
            Files.writeString(folder.resolve(name), "{}");
        }
        assertEquals(List.of(folder.resolve("a.gold.json"), folder.resolve("b.gold.json")), GoldFile.listIn(folder));
    }
}
