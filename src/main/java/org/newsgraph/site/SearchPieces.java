package org.newsgraph.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.io.StagedOutput;

/**
 * Where each article's documents sit in the search index ({@value #FILE}), so that the next build copies the text of
 * an unchanged article's documents from the previous {@code search/index.json} instead of making them again (its
 * plain text, its entities' names, a title per figure). A document's id and its figures' article number are places in
 * the list, which an added or removed article shifts, so what is recorded is the text around them: per article the
 * range of its document after its id, and per figure the range between its id and its article's number. Whether an
 * article is unchanged (its graph and every entity its graph names) is the dependency index's answer
 * ({@link PageInputs#articleUnchanged}). The file is written whole by every build, the same for an incremental build
 * as for a clean one.
 */
final class SearchPieces {

    /** The index file in the site. */
    static final String FILE = ".newsgraph-search";

    /** An article's documents as text: its document after its id, and each figure's between its id and "in". */
    record Article(String document, List<String> figures) {
    }

    private final String header;
    /** The previous index's text, or null when there is none this code wrote with the recorded length. */
    private final String previousIndex;
    /** Per slug: start and end of its document's text, then of each figure's. */
    private final Map<String, int[]> previous;

    private SearchPieces(String header, String previousIndex, Map<String, int[]> previous) {
        this.header = header;
        this.previousIndex = previousIndex;
        this.previous = previous;
    }

    /** No previous pieces: every document is made. */
    static SearchPieces none(String header) {
        return new SearchPieces(header, null, Map.of());
    }

    /**
     * The pieces the previous site recorded ({@code file}, its {@value #FILE}) in its search index ({@code index}),
     * when both are there and were written by this code ({@code header} holds its fingerprint) and the index has the
     * length the pieces recorded.
     */
    static SearchPieces read(Path file, Path index, String header) throws IOException {
        if (file == null || index == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS)) {
            return none(header);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).startsWith("h " + header + " ")) {
            return none(header);
        }
        String json = Files.readString(index, StandardCharsets.UTF_8);
        if (!lines.get(0).equals("h " + header + " " + json.length())) {
            return none(header);
        }
        Map<String, int[]> ranges = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split(" ");
            if (parts.length < 4 || parts.length % 2 != 0 || !parts[0].equals("a")) {
                return none(header);
            }
            int[] range = new int[parts.length - 2];
            for (int i = 0; i < range.length; i++) {
                range[i] = Integer.parseInt(parts[i + 2]);
                if (range[i] < 0 || range[i] > json.length() || (i % 2 == 1 && range[i] < range[i - 1])) {
                    return none(header);
                }
            }
            ranges.put(parts[1], range);
        }
        return new SearchPieces(header, json, ranges);
    }

    /** The length of the previous index's text (0 when there is none): about the size of the next. */
    int indexLength() {
        return previousIndex == null ? 0 : previousIndex.length();
    }

    /** The previous text of an article's documents, when it has {@code figures} figures; else null. */
    Article previous(String slug, int figures) {
        int[] range = previous.get(slug);
        if (previousIndex == null || range == null || range.length != 2 + 2 * figures) {
            return null;
        }
        List<String> texts = new ArrayList<>(figures);
        for (int i = 2; i < range.length; i += 2) {
            texts.add(previousIndex.substring(range[i], range[i + 1]));
        }
        return new Article(previousIndex.substring(range[0], range[1]), texts);
    }

    /** Records where the pieces of the index being written sit, for the next build. */
    static final class Recorder {
        private final Map<String, List<Integer>> ranges = new java.util.TreeMap<>();

        void document(String slug, int from, int to) {
            ranges.computeIfAbsent(slug, s -> new ArrayList<>()).addAll(0, List.of(from, to));   // before its figures
        }

        void figure(String slug, int from, int to) {
            ranges.computeIfAbsent(slug, s -> new ArrayList<>()).addAll(List.of(from, to));
        }

        /** The index file for the index just written ({@code json}). */
        String text(String header, String json) {
            StringBuilder text = new StringBuilder("h ").append(header).append(' ').append(json.length()).append('\n');
            ranges.forEach((slug, range) -> {
                if (slug.isEmpty() || slug.chars().anyMatch(Character::isWhitespace)) {
                    return;     // not one word of the file: made again next time
                }
                text.append("a ").append(slug);
                range.forEach(r -> text.append(' ').append(r));
                text.append('\n');
            });
            return text.toString();
        }
    }
}
