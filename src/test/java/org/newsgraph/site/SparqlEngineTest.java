package org.newsgraph.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query page's engine script: the worker's source as a string and Oxigraph's WebAssembly, gzip'd. */
class SparqlEngineTest {

    private static final Pattern CALL = Pattern.compile("newsgraphSparqlEngine\\((\".*\"), \"([A-Za-z0-9+/=]+)\"\\);\n",
            Pattern.DOTALL);

    @TempDir
    Path dir;

    @Test
    void anySourceSurvivesAsAStringAndTheWasmAsItsBytes() throws Exception {
        String source = "const a = \"</script>\\n\";\n// ‘quotes’ and a \u2028 line separator\nexport {a};\n";
        byte[] wasm = {0, 'a', 's', 'm', 1, 0, 0, 0, (byte) 0xff};
        Matcher call = CALL.matcher(new String(SparqlEngine.script(source, wasm), StandardCharsets.UTF_8));
        assertTrue(call.matches());
        assertEquals(source, new ObjectMapper().readValue(call.group(1), String.class));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(call.group(2))))) {
            assertArrayEquals(wasm, in.readAllBytes());
        }
    }

    @Test
    void theThemesEngineIsOxigraphsWebBuildThenTheWorker() throws Exception {
        Theme theme = new Theme(dir);
        Matcher call = CALL.matcher(new String(SparqlEngine.script(theme), StandardCharsets.UTF_8));
        assertTrue(call.matches());
        String source = new ObjectMapper().readValue(call.group(1), String.class);
        String web = new String(theme.files("assets/vendor/oxigraph").get("web.js"), StandardCharsets.UTF_8);
        String worker = new String(theme.files("assets").get("sparql-worker.js"), StandardCharsets.UTF_8);
        assertEquals(web + "\n" + worker, source);
        assertTrue(web.contains("export class Store"), "Oxigraph's web build");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(call.group(2))))) {
            byte[] wasm = in.readAllBytes();
            assertArrayEquals(theme.files("assets/vendor/oxigraph").get("web_bg.wasm"), wasm);
            assertArrayEquals(new byte[] {0, 'a', 's', 'm'}, java.util.Arrays.copyOf(wasm, 4), "a WebAssembly module");
        }
    }

    @Test
    void aProjectsOwnWorkerReplacesTheBundledOne() throws Exception {
        Files.createDirectories(dir.resolve("assets"));
        Files.writeString(dir.resolve("assets/sparql-worker.js"), "self.postMessage({type: 'ready'});\n");
        Matcher call = CALL.matcher(new String(SparqlEngine.script(new Theme(dir)), StandardCharsets.UTF_8));
        assertTrue(call.matches());
        assertTrue(new ObjectMapper().readValue(call.group(1), String.class).endsWith("\nself.postMessage({type: 'ready'});\n"));
    }

    @Test
    void theEnginesKeyIsTheSameForTheSameFilesAndChangesWithTheWorkerOrTheWasm() throws Exception {
        String bundled = SparqlEngine.Inputs.of(new Theme(dir)).key();
        assertEquals(bundled, SparqlEngine.Inputs.of(new Theme(dir)).key());
        Files.createDirectories(dir.resolve("assets/vendor/oxigraph"));
        Files.writeString(dir.resolve("assets/sparql-worker.js"), "self.postMessage({type: 'ready'});\n");
        String worker = SparqlEngine.Inputs.of(new Theme(dir)).key();
        assertNotEquals(bundled, worker);
        Files.write(dir.resolve("assets/vendor/oxigraph/web_bg.wasm"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0});
        assertNotEquals(worker, SparqlEngine.Inputs.of(new Theme(dir)).key());
    }
}
