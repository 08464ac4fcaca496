package org.newsgraph.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * The SPARQL engine of the query page as one script, {@code assets/sparql-engine.js}: the source of its Web Worker
 * (Oxigraph's {@code web.js}, vendored in the theme, followed by the theme's {@code sparql-worker.js}) and Oxigraph's
 * WebAssembly, gzip'd and base64-encoded. A page opened from {@code file://} may neither fetch the {@code .wasm} nor
 * start a worker from a file, but it may run a script; the page then starts the worker from a data: URL of the source.
 */
final class SparqlEngine {

    static final String PATH = "assets/sparql-engine.js";
    static final String VENDOR = "assets/vendor/oxigraph/";
    /** What the script calls: the page defines it before adding the script. */
    static final String CALLBACK = "newsgraphSparqlEngine";

    /** The last script made, and what it was made from: every build of a theme gives the same, so it is made once. */
    private static volatile Made made;

    private record Made(byte[] source, byte[] wasm, byte[] script) {
    }

    private SparqlEngine() {
    }

    /**
     * Whether a theme file travels only inside {@link #PATH} (Oxigraph's web.js and its 4 MB WebAssembly), so the site
     * need not carry it a second time; its licence and README are published as they are.
     */
    static boolean packed(String themeFile) {
        return themeFile.equals(VENDOR + "web.js") || themeFile.equals(VENDOR + "web_bg.wasm");
    }

    /** What the script is made from, as the theme has it: the worker's source and Oxigraph's WebAssembly. */
    record Inputs(byte[] source, byte[] wasm) {

        static Inputs of(Theme theme) throws IOException {
            return new Inputs(concat(required(theme, VENDOR + "web.js"), "\n".getBytes(StandardCharsets.UTF_8),
                    required(theme, "assets/sparql-worker.js")), required(theme, VENDOR + "web_bg.wasm"));
        }

        /**
         * The key of {@link #PATH} in the site's keys: hashing the inputs is a small part of gzipping and encoding
         * them, so a build whose theme did not change takes the previous site's script over without making it.
         */
        String key() {
            return Keys.of("sparql engine", sha256(source), sha256(wasm));
        }
    }

    static byte[] script(Theme theme) throws IOException {
        return script(Inputs.of(theme));
    }

    static byte[] script(Inputs inputs) throws IOException {
        byte[] source = inputs.source();
        byte[] wasm = inputs.wasm();
        Made last = made;
        if (last != null && Arrays.equals(last.source(), source) && Arrays.equals(last.wasm(), wasm)) {
            return last.script();
        }
        byte[] script = script(new String(source, StandardCharsets.UTF_8), wasm);
        made = new Made(source, wasm, script);
        return script;
    }

    /** {@code newsgraphSparqlEngine("<worker source as a JSON string>", "<base64 of the gzip'd wasm>");} */
    static byte[] script(String workerSource, byte[] wasm) throws IOException {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gzip, 1 << 16)) {
            out.write(wasm);
        }
        try {
            // Jackson escapes the source into a JSON string, which is a JavaScript string literal as well.
            return (CALLBACK + "(" + new ObjectMapper().writeValueAsString(workerSource) + ", \""
                    + Base64.getEncoder().encodeToString(gzip.toByteArray()) + "\");\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IOException("the SPARQL worker's source cannot be written as a string", e);
        }
    }

    private static byte[] required(Theme theme, String file) throws IOException {
        String folder = file.substring(0, file.lastIndexOf('/'));
        byte[] bytes = theme.files(folder).get(file.substring(folder.length() + 1));
        if (bytes == null) {
            throw new IOException("the theme has no " + file + ": the SPARQL page needs it (it is in the bundled theme)");
        }
        return bytes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
