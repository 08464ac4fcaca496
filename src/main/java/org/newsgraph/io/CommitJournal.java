package org.newsgraph.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * What a commit in place does to a site ({@link StagedOutput#commit}), written down before it starts: the files to
 * delete, then the files to rename from the staging folder into the site. Kept in the site as {@value #FILE} (fsync'd)
 * from before the first deletion until after the last rename, so that a build or {@code serve} killed in between leaves
 * it behind, and the next run completes it before it reads the site ({@link #complete}): every staged file is on disk
 * before the journal is written, so a commit is always rolled forward, and a killed save leaves the old site or the
 * new one once the next run starts, never a mix that stays.
 *
 * @param staging   the staging folder's name (a sibling of the site)
 * @param deletions the files of the old site that the new one does not have, {@code /}-separated, sorted
 * @param renames   the files written anew, in the staging folder under the same names, sorted
 */
public record CommitJournal(String staging, List<String> deletions, List<String> renames) {

    /** The journal's file in the site. */
    public static final String FILE = StagedOutput.BOOKKEEPING + "commit";
    /** Where the journal is written before it is renamed to {@link #FILE}: a kill meanwhile leaves no commit begun. */
    private static final String UNFINISHED = FILE + ".tmp";
    private static final String HEADER = "newsgraph commit 1";

    public CommitJournal {
        deletions = List.copyOf(deletions);
        renames = List.copyOf(renames);
    }

    /** Whether {@code name} (relative to a site) is a journal or a journal being written. */
    static boolean journal(String name) {
        return name.equals(FILE) || name.equals(UNFINISHED);
    }

    /** Writes the journal into {@code site} and forces it (and the folder's entry) to disk. */
    void write(Path site) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append("staging ").append(staging).append('\n');
        for (String name : deletions) {
            text.append("D ").append(checked(name)).append('\n');
        }
        for (String name : renames) {
            text.append("R ").append(checked(name)).append('\n');
        }
        Path unfinished = site.resolve(UNFINISHED);
        try (FileChannel out = FileChannel.open(unfinished, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
            out.force(true);
        }
        StagedOutput.move(unfinished, site.resolve(FILE));
        forceFolder(site);
    }

    /**
     * Deletes, then renames into place, under the write side of {@code lock}; then removes the journal and the
     * (empty) staging folder. A rename whose staged file is gone was done already (a commit completed a second time).
     */
    void apply(Path site, SiteLock lock) throws IOException {
        Path folder = site.toAbsolutePath().normalize();
        Path staged = folder.resolveSibling(staging);
        lock.write(() -> {
            for (String name : deletions) {
                Path file = inside(folder, name);
                Files.deleteIfExists(file);
                deleteEmptyFolders(file.getParent(), folder);
            }
            int renamed = 0;
            for (String name : renames) {
                Path from = inside(staged, name);
                if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
                    Path to = inside(folder, name);
                    Files.createDirectories(to.getParent());
                    if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
                        // A folder where the site has a file (made by hand): no rename replaces a folder.
                        StagedOutput.deleteTree(to);
                    }
                    StagedOutput.move(from, to);
                }
                lock.renamed(++renamed);
            }
            return null;
        });
        Files.deleteIfExists(folder.resolve(FILE));
        StagedOutput.deleteTree(staged);
    }

    /**
     * Completes the commit a killed run left in {@code site}, if any (its journal), before anything reads the site;
     * removes a journal left half written (its commit never began). Whether there was one to complete.
     */
    public static boolean complete(Path site, SiteLock lock) throws IOException {
        Path folder = site.toAbsolutePath().normalize();
        Files.deleteIfExists(folder.resolve(UNFINISHED));
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        read(file).apply(folder, lock);
        return true;
    }

    static CommitJournal read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("staging ")) {
            throw new IOException("not a commit journal: " + file);
        }
        List<String> deletions = new ArrayList<>();
        List<String> renames = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            if (line.startsWith("D ")) {
                deletions.add(line.substring(2));
            } else if (line.startsWith("R ")) {
                renames.add(line.substring(2));
            } else if (!line.isEmpty()) {
                throw new IOException("not a line of a commit journal: " + line + " (" + file + ")");
            }
        }
        return new CommitJournal(lines.get(1).substring("staging ".length()), deletions, renames);
    }

    private static String checked(String name) {
        if (name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a file name with a line break: " + name);
        }
        return name;
    }

    /** {@code name} under {@code folder}; never a path outside it (a damaged journal must not delete elsewhere). */
    private static Path inside(Path folder, String name) throws IOException {
        Path file = folder.resolve(name).normalize();
        if (name.isEmpty() || Path.of(name).isAbsolute() || !file.startsWith(folder) || file.equals(folder)) {
            throw new IOException("a commit journal's file outside its folder: " + name);
        }
        return file;
    }

    /** Deletes {@code from} and its parents up to (not including) {@code site} while they are empty. */
    private static void deleteEmptyFolders(Path from, Path site) throws IOException {
        for (Path folder = from; folder != null && folder.startsWith(site) && !folder.equals(site);
             folder = folder.getParent()) {
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                if (entries.iterator().hasNext()) {
                    return;
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    /** Forces a folder's entries to disk where the system allows it (Linux does; some systems cannot open a folder). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The journal's own bytes are forced; its name reaches the disk with the folder's next write.
        }
    }
}
