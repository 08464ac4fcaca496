package org.newsgraph.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The modification time of each folder of a site as a commit of this process left it, kept for the next commit into
 * the same site (by the {@link SiteLock} they share: {@code serve}'s saves), so that a save takes over the previous
 * site's files without asking the file system about each of them (~110,000 at 10,000 articles). A folder's time moves
 * whenever an entry of it is added, removed or renamed (a page deleted or renamed by hand, a file replaced by a
 * folder), so a folder whose time is the recorded one still holds the files the commit left in it; only the files of
 * the folders whose time moved (or that are gone) are looked at one by one. Kept in memory, not in the site: the
 * times are no part of what a clean build writes. A process without a record (a one-shot {@code build}, serve's first
 * build) looks at every file, as before.
 *
 * <p>A time is only as fine as the file system's clock: a folder changed within the tick its time was recorded in
 * keeps the recorded time. So a folder whose recorded time is not at least {@link #RACY} older than the site folder's
 * own time after the commit (the commit renames its bookkeeping files into it last; the same clock) counts as changed,
 * whatever its time says: these are the folders the commit itself touched, a few per save, and they are looked at on
 * the next save; the save after it finds them settled.
 */
public final class FolderTimes {

    /** How close to the commit a folder's time makes it unsure (coarse file systems keep 1-2 s). */
    static final long RACY = TimeUnit.SECONDS.toNanos(2);

    private static final FolderTimes NONE = new FolderTimes(null, Long.MIN_VALUE, Map.of(), Set.of());

    /** The site folder (absolute, normal), or null for none. */
    private final Path site;
    /** The site folder's time after the commit: folders not {@link #RACY} older are unsure. */
    private final long committed;
    /** Each folder's time ({@code /}-separated, relative; {@code ""} for the site), as recorded. */
    private final Map<String, Long> recorded;
    /** The recorded folders whose time is still the recorded one, and not unsure, when last {@link #check}ed. */
    private final Set<String> unchanged;

    private FolderTimes(Path site, long committed, Map<String, Long> recorded, Set<String> unchanged) {
        this.site = site;
        this.committed = committed;
        this.recorded = recorded;
        this.unchanged = unchanged;
    }

    /** No record: every file is looked at. */
    static FolderTimes none() {
        return NONE;
    }

    /**
     * This record as it stands for {@code site} now: each recorded folder looked at once (its time now); none when it
     * is another site's record.
     */
    FolderTimes check(Path target) {
        Path folder = target.toAbsolutePath().normalize();
        if (site == null || !site.equals(folder)) {
            return NONE;
        }
        Set<String> same = new HashSet<>();
        recorded.forEach((name, time) -> {
            if (time <= committed - RACY && time.equals(timeOf(folder, name))) {
                same.add(name);
            }
        });
        return new FolderTimes(site, committed, recorded, same);
    }

    /**
     * Whether the file {@code name} ({@code /}-separated, relative to the site), which the last commit left in the
     * site, is surely still there: its folder's time is the one recorded after that commit.
     */
    boolean stillThere(String name) {
        int slash = name.lastIndexOf('/');
        return unchanged.contains(slash < 0 ? "" : name.substring(0, slash));
    }

    /**
     * The times of the folders of {@code site} after a commit: {@code names} are its files; the folders of
     * {@code touched} (the files renamed in or deleted; null: all of them) and their parents are looked at, the others
     * keep the time {@code before} ({@link #check}ed at the start of the build) found unchanged. None when a folder
     * cannot be looked at.
     */
    static FolderTimes record(Path target, Collection<String> names, FolderTimes before, Collection<String> touched) {
        Path folder = target.toAbsolutePath().normalize();
        Set<String> moved = new HashSet<>();
        if (touched != null) {
            for (String name : touched) {
                for (String parent = parent(name); parent != null && moved.add(parent); parent = parent(parent)) {
                    // each folder and its parents once
                }
            }
        }
        boolean same = folder.equals(before.site);
        Map<String, Long> times = new HashMap<>();
        for (String name : names) {
            for (String parent = parent(name); parent != null && !times.containsKey(parent); parent = parent(parent)) {
                Long time = touched != null && same && !moved.contains(parent) && before.unchanged.contains(parent)
                        ? before.recorded.get(parent) : timeOf(folder, parent);
                if (time == null) {
                    return NONE;
                }
                times.put(parent, time);
            }
        }
        Long committed = timeOf(folder, "");
        return committed == null ? NONE : new FolderTimes(folder, committed, times, Set.of());
    }

    /** The folder of a file or folder name, {@code ""} for the site itself; null for the site itself. */
    private static String parent(String name) {
        if (name.isEmpty()) {
            return null;
        }
        int slash = name.lastIndexOf('/');
        return slash < 0 ? "" : name.substring(0, slash);
    }

    /** A folder's time now (nanoseconds since the epoch), or null when it is not a folder. */
    private static Long timeOf(Path site, String name) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(name.isEmpty() ? site : site.resolve(name),
                    BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isDirectory() ? attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
