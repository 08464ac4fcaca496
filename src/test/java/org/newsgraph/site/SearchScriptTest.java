package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: {@code search/index.js} is made from the index's bytes (no string copies of a 27 MB index); it must be the
 * bytes the text way made: the index without its line break, every {@code <} escaped, in a script statement.
 */
class SearchScriptTest {

    /** What the render wrote before: the strings' way. */
    private static byte[] asText(String json) {
        return ("window.newsgraphSearchIndex = " + json.strip().replace("<", "\\u003c") + ";\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sameBytesAsTheTextWay() {
        for (String json : List.of(
                "{\"documents\":[]}\n",
                "{\"documents\":[{\"id\":0,\"title\":\"A <b> & </script> story\"}]}\n",
                "{\"documents\":[{\"id\":0,\"title\":\"Zürich café — 東京 😀 <\"}]}\n",
                "<<<\n",
                "{\"a\":\"<\"}",
                "{\"documents\":[{\"title\":\"ends in a space \"}]} \n")) {
            assertArrayEquals(asText(json), SearchRenderer.script(json.getBytes(StandardCharsets.UTF_8)), json);
        }
    }

    @Test
    void aLargeIndexWithManyAngles() {
        StringBuilder json = new StringBuilder("{\"documents\":[");
        for (int i = 0; i < 5000; i++) {
            json.append(i > 0 ? "," : "").append("{\"id\":").append(i).append(",\"text\":\"x < y ").append(i % 7 == 0
                    ? "ü" : "").append("</p>\"}");
        }
        String text = json.append("]}\n").toString();
        assertArrayEquals(asText(text), SearchRenderer.script(text.getBytes(StandardCharsets.UTF_8)));
    }
}
