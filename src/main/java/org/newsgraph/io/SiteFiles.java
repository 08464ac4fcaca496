package org.newsgraph.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * The list of every file of a site, kept in it as {@value #FILE} (one {@code /}-separated path a line, sorted as
 * {@link String#compareTo} sorts): what a
 * commit in place compares with the new site's files to know what to delete, without walking the ~100,000 files of a
 * 10,000-article site.
 */
public final class SiteFiles {

    /** The list's file in the site. */
    public static final String FILE = StagedOutput.BOOKKEEPING + "files";

    private SiteFiles() {
    }

    /** The list's text for {@code names} (sorted already). */
    static byte[] text(Collection<String> names) {
        StringBuilder text = new StringBuilder(names.size() * 48);
        for (String name : names) {
            text.append(name).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The files of the site in {@code folder}: its list, or, for a site written before there were lists (or whose list
     * is gone), a walk of the folder (every regular file but a commit's journal).
     */
    static List<String> read(Path folder) throws IOException {
        Path list = folder.resolve(FILE);
        try {
            List<String> names = new ArrayList<>();
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (!line.isEmpty()) {
                    names.add(line);
                }
            }
            // Sorted as written; sorted again all the same should someone have edited it (nearly free when sorted).
            Collections.sort(names);
            return names;
        } catch (NoSuchFileException e) {
            return walk(folder);
        }
    }

    private static List<String> walk(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> !CommitJournal.journal(name)).sorted().toList();
        }
    }
}
