package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The pieces files' string arrays read without Jackson give what Jackson reads, and anything else gives null. */
class JsonStringsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void readsWhatJacksonWrites() throws Exception {
        List<List<String>> cases = new ArrayList<>(List.of(List.of(), List.of(""),
                Arrays.asList("amount", null, "USD", "Harlow \"Freight\"", "a\\b/c", "line\nbreak\ttab\r\b\f",
                        "\u0001\u001f control", "≤ 5 ‰ – ünïcode 😀", "<script>", null)));
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            List<String> items = new ArrayList<>();
            for (int j = random.nextInt(6); j > 0; j--) {
                StringBuilder text = new StringBuilder();
                for (int k = random.nextInt(12); k > 0; k--) {
                    text.append((char) (random.nextBoolean() ? random.nextInt(128) : random.nextInt(0xD800)));
                }
                items.add(random.nextInt(5) == 0 ? null : text.toString());
            }
            cases.add(items);
        }
        for (List<String> items : cases) {
            String json = JSON.writeValueAsString(items);
            assertEquals(Arrays.asList(JSON.readValue(json, String[].class)), JsonStrings.parse(json), json);
        }
        // Escapes Jackson does not write but JSON allows.
        assertEquals(List.of("a/b", "é"), JsonStrings.parse("[\"a\\/b\",\"\\u00E9\"]"));
    }

    @Test
    void anythingElseIsLeftToAParser() {
        for (String json : List.of("", "[", "[\"a\"", "[1]", "[\"a\", \"b\"]", "[\"a\",]", "[nul]", "[\"\\x\"]",
                "[\"\\u12G4\"]", "[\"a\"]x", "{\"a\":1}", "[[\"a\"]]", "[\"unterminated]")) {
            assertNull(JsonStrings.parse(json), json);
        }
    }
}
