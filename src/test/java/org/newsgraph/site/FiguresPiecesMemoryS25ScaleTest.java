package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures explorer's pieces a render wrote are kept for the next render in the process, and taken instead of
 * parsing the previous site's file only while that file has the bytes written; each row is cut where it numbers
 * entities once, and assembled without matching it again.
 */
class FiguresPiecesMemoryS25ScaleTest {

    @TempDir
    Path dir;

    private static FiguresPieces.Article article(String title, List<String> entities, String... rows) {
        List<String> labels = entities.stream().map(e -> "[\"" + e + "\",\"../entity/" + e + "/\"]").toList();
        List<String> hrefs = entities.stream().map(e -> "../entity/" + e + "/").toList();
        List<FiguresPieces.Figure> figures = java.util.Arrays.stream(rows)
                .map(r -> new FiguresPieces.Figure("amount", "USD", "US dollars", null, null, r, null)).toList();
        return new FiguresPieces.Article("[\"" + title + "\",\"../article/" + title + "/\"]", "../article/" + title + "/",
                labels, hrefs, figures, null);
    }

    @Test
    void theKeptPiecesAreTakenWhileTheFileHasTheBytesWritten() throws Exception {
        Map<String, FiguresPieces.Article> pieces = Map.of(
                "alpha", article("alpha", List.of("acme"), ",\"id\":\"f1\",\"entity\":0}"),
                "beta", article("beta", List.of("zenith", "acme"), ",\"id\":\"f2\",\"candidate\":1,\"others\":[0,1]}"));
        byte[] written = FiguresPieces.none("h1").keep(pieces);
        Path file = dir.resolve(FiguresPieces.FILE);
        Files.write(file, written);

        FiguresPieces.Article kept = FiguresPieces.read(file, "h1").previous("beta", 1);
        assertSame(kept, FiguresPieces.read(file, "h1").previous("beta", 1), "taken from memory, not parsed");
        assertEquals(",\"id\":\"f2\",\"candidate\":1,\"others\":[0,1]}", kept.figures().get(0).row());
        assertNull(FiguresPieces.read(file, "h2").previous("beta", 1), "another header: nothing taken");

        // The same file changed by hand (as FiguresPiecesBuildTest marks it): parsed, and the change is what is read.
        Files.writeString(file, new String(written, StandardCharsets.UTF_8).replace("f2", "F2"));
        FiguresPieces.Article parsed = FiguresPieces.read(file, "h1").previous("beta", 1);
        assertNotSame(kept, parsed);
        assertEquals(",\"id\":\"F2\",\"candidate\":1,\"others\":[0,1]}", parsed.figures().get(0).row());
    }

    @Test
    void rowsAreNumberedOverTheArchiveFromTheirCut() {
        FiguresPieces.Article alpha = article("alpha", List.of("acme"), ",\"id\":\"f1\",\"entity\":0,\"text\":\"3\"}");
        FiguresPieces.Article beta = article("beta", List.of("zenith", "acme"),
                ",\"id\":\"f2\",\"candidate\":1,\"others\":[0,1],\"text\":\"\\\"entity\\\":7\"}");
        assertEquals(List.of(",\"id\":\"f2\",\"candidate\":", ",\"others\":[", "],\"text\":\"\\\"entity\\\":7\"}"),
                beta.figures().get(0).cut().texts());
        assertEquals("{\"articles\":[[\"alpha\",\"../article/alpha/\"],[\"beta\",\"../article/beta/\"]],"
                + "\"entities\":[[\"acme\",\"../entity/acme/\"],[\"zenith\",\"../entity/zenith/\"]],"
                + "\"rows\":[{\"article\":0,\"id\":\"f1\",\"entity\":0,\"text\":\"3\"},"
                + "{\"article\":1,\"id\":\"f2\",\"candidate\":0,\"others\":[1,0],\"text\":\"\\\"entity\\\":7\"}]}",
                FiguresPieces.assemble(List.of(alpha, beta)));
    }
}
