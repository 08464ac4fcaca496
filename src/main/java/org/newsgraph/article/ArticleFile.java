package org.newsgraph.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text of an article file, with Unix line ends and without invisible formatting characters; folders, broken
 * links, oversized, binary, UTF-16 and malformed UTF-8 files are refused with a problem that names the fix.
 */
final class ArticleFile {

    /** Twenty times the longest news feature; beyond it the NLP pipeline needs minutes and gigabytes. */
    static final long MAX_BYTES = 1 << 20;

    /**
     * Characters that show nothing yet change what the text means to a program: zero-width space, word joiner,
     * stray byte order marks and soft hyphens split names ("Micro\u200Bsoft" is not Microsoft), and bidirectional
     * embeddings, overrides and isolates reorder the text around them on the page. Joiners (U+200C, U+200D) and
     * left/right marks stay: Persian, Indic scripts and emoji need them, and they reorder nothing.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF\\u00AD\\u202A-\\u202E\\u2066-\\u2069]");

    private ArticleFile() {
    }

    static String read(Path file) throws ArticleException {
        return text(file, bytes(file));
    }

    /** The text of {@code bytes}, read from {@code file} by {@link #bytes}: what {@link #read} returns. */
    static String text(Path file, byte[] bytes) throws ArticleException {
        String decoded = decode(file, bytes);
        return INVISIBLE.matcher(decoded.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
    }

    /** The bytes of an article file, refusing folders, broken or looping links, unreadable and oversized files. */
    static byte[] bytes(Path file) throws ArticleException {
        if (Files.isDirectory(file)) {
            throw ArticleException.at(file, 0, "is a folder, not an article file",
                    "move its articles into the articles folder itself, or rename the folder");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw ArticleException.at(file, 0, String.format(Locale.ROOT,
                        "the file is %.1f MB; an article may have at most %d MB", size / 1048576.0, MAX_BYTES >> 20),
                        "split it into several articles, or remove pasted data such as tables");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw Files.isSymbolicLink(file)
                    ? ArticleException.at(file, 0, "is a link to " + target(file) + ", which does not exist",
                    "remove the link, or point it at an article file")
                    : ArticleException.at(file, 0, "cannot be read: there is no such file", "check the file name");
        } catch (AccessDeniedException e) {
            throw ArticleException.at(file, 0, "cannot be read: permission denied",
                    "make the file readable (chmod a+r)");
        } catch (FileSystemException e) {
            throw loops(file)
                    ? ArticleException.at(file, 0, "is a symbolic link that leads back to itself",
                    "replace the link with the article file itself")
                    : ArticleException.at(file, 0, "cannot be read (" + e.getReason() + ")", "check that it is a readable file");
        } catch (IOException e) {
            throw ArticleException.at(file, 0, "cannot be read (" + e.getMessage() + ")", "check that it is a readable file");
        }
    }

    /** Whether following the links from {@code file} comes back to a link already passed. */
    private static boolean loops(Path file) {
        Set<Path> seen = new HashSet<>();
        Path at = file.toAbsolutePath().normalize();
        try {
            while (Files.isSymbolicLink(at)) {
                if (!seen.add(at)) {
                    return true;
                }
                at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    private static String target(Path link) {
        try {
            return "'" + Files.readSymbolicLink(link) + "'";
        } catch (IOException e) {
            return "a file";
        }
    }

    private static String decode(Path file, byte[] bytes) throws ArticleException {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw ArticleException.at(file, 1, "the file is UTF-16, not UTF-8", "save it as UTF-8");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw ArticleException.at(file, lineAt(bytes, i), "the file is binary (it contains NUL bytes), not text",
                        "save the article as a UTF-8 text or Markdown file");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw ArticleException.at(file, lineAt(bytes, in.position()),
                    "the bytes at offset " + in.position() + " are not valid UTF-8", "save the file as UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
